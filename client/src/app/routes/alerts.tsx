import { useMemo, useState } from 'react';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { PageHeader, Section } from '../../components/ui/page-header.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { alertsQueryOptions, useAlerts } from '../../features/alerts/api/list-alerts.ts';
import { AlertFilters } from '../../features/alerts/components/alert-filters.tsx';
import { AlertList } from '../../features/alerts/components/alert-list.tsx';
import { BulkAlertActions } from '../../features/alerts/components/bulk-alert-actions.tsx';
import { useAlertActions } from '../../features/alerts/components/use-alert-actions.ts';
import { alertFiltersFromSearch, alertFiltersToQuery, alertFiltersToSearch } from '../../features/alerts/filters.ts';
import { useCollaborations } from '../../features/collaborations/api/list-collaborations.ts';
import { usePermissions } from '../../features/session/api/use-permissions.ts';
import { queryClient } from '../query-client.ts';

const PAGE = 50;

export function loader({ request }: LoaderFunctionArgs) {
  const filters = alertFiltersFromSearch(new URL(request.url).searchParams);
  void queryClient.prefetchQuery(alertsQueryOptions({ ...alertFiltersToQuery(filters), limit: PAGE }));
  return null;
}

export function Component() {
  const t = useT();
  useDocumentTitle(t('alerts.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => alertFiltersFromSearch(params), [params]);
  const [limit, setLimit] = useState(PAGE);
  const query = { ...alertFiltersToQuery(filters), limit };
  const alerts = useAlerts(query);
  const collaborations = useCollaborations();
  const { canAcknowledgeAlerts } = usePermissions();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // After a bulk action focus goes to the undo button, then back to the list (or the page heading when it is empty).
  const bulk = useAlertActions(() => document.querySelector<HTMLElement>('#alerts-results .app-alert-list') ?? document.querySelector<HTMLElement>('h1'));

  const items = alerts.data?.items ?? [];
  const selectedItems = items.filter((a) => selected.has(a.key));
  const apply = (next: typeof filters) => {
    setSelected(new Set());
    setLimit(PAGE);
    setParams(alertFiltersToSearch(next));
  };

  return (
    <>
      <PageHeader title={t('alerts.title')} intro={t('alerts.intro')} />
      <AlertFilters
        key={params.toString()}
        value={filters}
        collaborations={(collaborations.data ?? []).map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }))}
        onApply={apply}
      />
      <Section id="alerts-results" title={t('alerts.filter.state') + ': ' + t(`alerts.state.${filters.state}`)}>
        <QueryState query={alerts} skeleton={<Skeleton lines={6} />}>
          {(page) =>
            page === null ? null : (
              <>
                {canAcknowledgeAlerts && page.items.length ? (
                  <BulkAlertActions
                    shown={page.items}
                    selected={selectedItems}
                    onSelectAll={(all) => setSelected(all ? new Set(page.items.map((a) => a.key)) : new Set())}
                    busy={bulk.isPending}
                    onAct={(kind, days) => {
                      bulk.run(kind, selectedItems, days);
                      setSelected(new Set());
                    }}
                  />
                ) : null}
                <AlertList
                  alerts={page.items}
                  canAct={canAcknowledgeAlerts}
                  emptyText={filters.state === 'open' ? t('alerts.emptyOpen') : t('alerts.empty')}
                  selection={
                    canAcknowledgeAlerts
                      ? {
                          selected,
                          onToggle: (key) =>
                            setSelected((old) => {
                              const next = new Set(old);
                              if (next.has(key)) next.delete(key);
                              else next.add(key);
                              return next;
                            }),
                        }
                      : undefined
                  }
                />
                {page.items.length ? (
                  <Pagination
                    shown={page.items.length}
                    total={page.total}
                    hasMore={page.nextCursor !== null && limit < 500}
                    loading={alerts.isFetching}
                    onMore={() => setLimit((l) => Math.min(500, l + PAGE))}
                  />
                ) : null}
              </>
            )
          }
        </QueryState>
      </Section>
    </>
  );
}
