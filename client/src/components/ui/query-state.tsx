import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError, isPasswordChangeRequired, NetworkError } from '../../lib/api-client.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';
import { Skeleton } from './skeleton.tsx';

/** The message and retry for a failed query, in the user's language. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const notFound = error instanceof ApiError && error.status === 404;
  const text = notFound
    ? t('error.notFound.text')
    : error instanceof NetworkError
      ? t('error.network')
      : isPasswordChangeRequired(error)
        ? t('error.passwordChangeRequired')
        : error instanceof ApiError && error.status === 403
          ? t('error.forbidden')
          : t('error.generic');
  const requestId = error instanceof ApiError ? error.problem?.requestId : undefined;
  return (
    <Alert type={notFound ? 'warning' : 'error'} title={notFound ? t('error.notFound.title') : t('error.title')}>
      <p className="utrecht-paragraph">{text}</p>
      {requestId ? <p className="utrecht-paragraph app-muted">{t('error.requestId', { id: requestId })}</p> : null}
      {onRetry && !notFound ? (
        <Button onClick={onRetry} className="app-alert__action">
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}

/** Skeleton while loading, an error with retry on failure, else the content. */
export function QueryState<T>({
  query,
  children,
  skeleton,
}: {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending' | 'refetch'>;
  children: (data: T) => ReactNode;
  skeleton?: ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <>{skeleton ?? <Skeleton />}</>;
}
