import { useCallback, useMemo } from 'react';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryError } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { auditInfiniteOptions, useAuditEvents } from '../../features/audit/api/list-audit-events.ts';
import { AuditFiltersForm } from '../../features/audit/components/audit-filters.tsx';
import { AuditTable } from '../../features/audit/components/audit-table.tsx';
import {
  auditCsvUrl,
  auditFiltersFromSearch,
  auditFiltersToQuery,
  auditFiltersToSearch,
  EMPTY_AUDIT_FILTERS,
  hasAuditFilters,
  type AuditFilters,
} from '../../features/audit/filters.ts';
import { useCan } from '../../features/session/api/use-can.ts';
import { queryClient } from '../query-client.ts';
import { useInfiniteRows } from '../../lib/use-infinite-rows.ts';

export function loader({ request }: LoaderFunctionArgs) {
  const filters = auditFiltersFromSearch(new URL(request.url).searchParams);
  void queryClient.prefetchInfiniteQuery(auditInfiniteOptions(auditFiltersToQuery(filters)));
  return null;
}

/** The global audit trail with filters kept in the URL, and its CSV export (admins). */
export function Component() {
  const t = useT();
  useDocumentTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => auditFiltersFromSearch(params), [params]);
  const query = useMemo(() => auditFiltersToQuery(filters), [filters]);
  const list = useAuditEvents(query);
  const canExport = useCan('audit', 'export');
  const setFilters = useCallback((next: AuditFilters) => setParams(auditFiltersToSearch(next)), [setParams]);
  const { rows, total, more } = useInfiniteRows(list);

  return (
    <>
      <p className="utrecht-paragraph app-no-print">
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <PageHeader
        title={t('audit.title')}
        intro={t('audit.intro')}
        actions={
          canExport ? (
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={auditCsvUrl(filters)} download>
              {t('audit.export')}
            </a>
          ) : null
        }
      />
      <AuditFiltersForm value={filters} onChange={setFilters} />
      <p className="utrecht-paragraph" role="status" aria-live="polite" aria-atomic="true">
        {list.data ? t('audit.total', { count: total }) : ''}
      </p>
      {list.error && !list.data ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Skeleton lines={10} />
      ) : rows.length === 0 ? (
        <EmptyState action={hasAuditFilters(filters) ? <Button onClick={() => setFilters(EMPTY_AUDIT_FILTERS)}>{t('audit.filter.reset')}</Button> : null}>
          {hasAuditFilters(filters) ? t('audit.emptyFiltered') : t('audit.empty')}
        </EmptyState>
      ) : (
        <>
          <AuditTable events={rows} />
          {list.error ? <QueryError error={list.error} onRetry={more} /> : null}
          <Pagination shown={rows.length} total={total} hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onMore={more} loadingText={t('admin.loadingMore')} />
        </>
      )}
    </>
  );
}
