import { useCallback } from 'react';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader, Section } from '../../components/ui/page-header.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryError, QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { outboxInfiniteOptions, useOutbox } from '../../features/outbox/api/list-outbox.ts';
import { reminderStatusQueryOptions, useReminderStatus } from '../../features/outbox/api/get-reminder-status.ts';
import { isOutboxStatus, OutboxFilter } from '../../features/outbox/components/outbox-filter.tsx';
import { OutboxTable } from '../../features/outbox/components/outbox-table.tsx';
import { ReminderJobStatus, RunRemindersForm } from '../../features/outbox/components/reminder-job-panel.tsx';
import { useCan } from '../../features/session/api/use-can.ts';
import { queryClient } from '../query-client.ts';
import { useInfiniteRows } from '../../lib/use-infinite-rows.ts';

const statusFrom = (params: URLSearchParams) => {
  const s = params.get('status');
  return isOutboxStatus(s) ? s : '';
};

export function loader({ request }: LoaderFunctionArgs) {
  void queryClient.prefetchInfiniteQuery(outboxInfiniteOptions(statusFrom(new URL(request.url).searchParams)));
  void queryClient.prefetchQuery(reminderStatusQueryOptions());
  return null;
}

/** "Uitgaande e-mail": the reminder job and every message it wrote, by status (admins). */
export function Component() {
  const t = useT();
  useDocumentTitle(t('outbox.title'));
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params);
  const list = useOutbox(status);
  const jobStatus = useReminderStatus();
  const canRun = useCan('reminder_job', 'run');
  const setStatus = useCallback((next: string) => setParams(next ? { status: next } : {}), [setParams]);
  const { rows, total, more } = useInfiniteRows(list);

  return (
    <>
      <p className="utrecht-paragraph app-no-print">
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <PageHeader title={t('outbox.title')} intro={t('outbox.intro')} />
      <div className="app-grid">
        <Section id="job" title={t('outbox.job.title')}>
          <QueryState query={jobStatus} skeleton={<Skeleton lines={5} />}>
            {(s) => <ReminderJobStatus status={s} />}
          </QueryState>
        </Section>
        {canRun ? (
          <Section id="run" title={t('outbox.run.title')}>
            <RunRemindersForm />
          </Section>
        ) : null}
      </div>
      <Section id="messages" title={t('outbox.messages')}>
        <OutboxFilter value={status} onChange={setStatus} />
        <p className="utrecht-paragraph" role="status" aria-live="polite" aria-atomic="true">
          {list.data ? t('outbox.total', { count: total }) : ''}
        </p>
        {list.error && !list.data ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <Skeleton lines={6} />
        ) : rows.length === 0 ? (
          <EmptyState action={status ? <Button onClick={() => setStatus('')}>{t('outbox.filter.reset')}</Button> : null}>
            {status ? t('outbox.emptyFiltered') : t('outbox.empty')}
          </EmptyState>
        ) : (
          <>
            <OutboxTable messages={rows} />
            {list.error ? <QueryError error={list.error} onRetry={more} /> : null}
            <Pagination
              shown={rows.length}
              total={total}
              hasMore={Boolean(list.hasNextPage)}
              loading={list.isFetchingNextPage}
              onMore={more}
              loadingText={t('admin.loadingMore')}
            />
          </>
        )}
      </Section>
    </>
  );
}
