import { isRouteErrorResponse, useNavigate, useRevalidator, useRouteError } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, isPasswordChangeRequired, NetworkError } from '../../lib/api-client.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ButtonGroup } from '../../components/ui/button-group.tsx';
import { Heading, Paragraph } from '../../components/ui/heading.tsx';
import { Link } from '../../components/ui/link.tsx';

/**
 * Error boundary of a route: says what happened and offers a retry that
 * refetches the failed data (and reloads a page chunk that failed to load).
 */
export function RouteError() {
  const error = useRouteError();
  const t = useT();
  const revalidator = useRevalidator();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const notFound = (isRouteErrorResponse(error) && error.status === 404) || (error instanceof ApiError && error.status === 404);
  const chunkFailed = error instanceof TypeError && /dynamically imported module|Importing a module script/i.test(error.message);
  const message = notFound
    ? t('error.notFound.text')
    : error instanceof NetworkError
      ? t('error.network')
      : isPasswordChangeRequired(error)
        ? t('error.passwordChangeRequired')
        : error instanceof ApiError && error.status === 403
          ? t('error.forbidden')
          : t('error.page');
  const requestId = error instanceof ApiError ? error.problem?.requestId : undefined;

  const retry = () => {
    if (chunkFailed) {
      window.location.reload();
      return;
    }
    void queryClient.resetQueries({ predicate: (q) => q.state.status === 'error' });
    void revalidator.revalidate();
    void navigate('.', { replace: true });
  };

  return (
    <div className="app-route-error">
      <Heading level={1} id="page-title" tabIndex={-1}>
        {notFound ? t('error.notFound.title') : t('error.title')}
      </Heading>
      <Alert type={notFound ? 'warning' : 'error'} live>
        <Paragraph>{message}</Paragraph>
        {requestId ? <Paragraph className="app-muted">{t('error.requestId', { id: requestId })}</Paragraph> : null}
      </Alert>
      <ButtonGroup>
        {notFound ? null : (
          <Button appearance="primary" onClick={retry}>
            {t('common.retry')}
          </Button>
        )}
        <Link to="/" button="secondary">
          {t('error.toDashboard')}
        </Link>
      </ButtonGroup>
    </div>
  );
}
