import { useDeferredValue, useMemo } from 'react';
import { AGREEMENT_STATUSES } from '@akkoord/shared/domain/enums';
import { todayInAmsterdam } from '../../lib/format/dates.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader, Section } from '../../components/ui/page-header.tsx';
import { QueryError, QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { statusCountQueries, useAgreementStatusCounts } from '../../features/agreements/api/count-agreements.ts';
import { agreementsPageOptions, useAgreementsPage } from '../../features/agreements/api/list-agreements.ts';
import { alertsQueryOptions, useAlerts } from '../../features/alerts/api/list-alerts.ts';
import { AlertList } from '../../features/alerts/components/alert-list.tsx';
import { collaborationsQueryOptions, useCollaborations } from '../../features/collaborations/api/list-collaborations.ts';
import { CountTable } from '../../features/dashboard/components/count-table.tsx';
import { DataGapList } from '../../features/dashboard/components/data-gap-list.tsx';
import { DeadlinesTable } from '../../features/dashboard/components/deadlines-table.tsx';
import { findDataGaps } from '../../features/dashboard/data-gaps.ts';
import { deadlinesWithin } from '../../features/dashboard/deadlines.ts';
import { ALERTS_QUERY, DEADLINE_WINDOW_MONTHS, deadlineQueries, REGISTER_QUERY } from '../../features/dashboard/queries.ts';
import { usePermissions } from '../../features/session/api/use-permissions.ts';
import { queryClient } from '../query-client.ts';

export function loader() {
  const today = todayInAmsterdam();
  // Cheap requests first: the server answers in order, and these fill the first screen.
  for (const q of statusCountQueries()) void queryClient.prefetchQuery(q);
  void queryClient.prefetchQuery(collaborationsQueryOptions());
  void queryClient.prefetchQuery(alertsQueryOptions(ALERTS_QUERY));
  for (const q of deadlineQueries(today)) void queryClient.prefetchQuery(agreementsPageOptions(q));
  void queryClient.prefetchQuery(agreementsPageOptions(REGISTER_QUERY));
  return null;
}

function AlertsSection() {
  const t = useT();
  const { canAcknowledgeAlerts } = usePermissions();
  const alerts = useAlerts(ALERTS_QUERY);
  // Notice deadlines first (the date legal advisers fear missing), then the API's urgency order.
  const items = useMemo(() => {
    const list = alerts.data?.items ?? [];
    return [...list.filter((a) => a.kind === 'notice_deadline'), ...list.filter((a) => a.kind !== 'notice_deadline')];
  }, [alerts.data]);
  if (alerts.data === null) return null; // no alerts route on this server
  const total = alerts.data?.total ?? 0;
  return (
    <Section id="alerts" title={t('dashboard.alerts.title')} actions={alerts.data ? <span className="app-muted">{t('dashboard.alerts.count', { count: total })}</span> : null}>
      <QueryState query={alerts} skeleton={<Skeleton lines={4} />}>
        {() => (
          <>
            {total > 0 ? <p className="utrecht-paragraph">{t('dashboard.alerts.summary', { shown: items.length, total })}</p> : null}
            <AlertList alerts={items} canAct={canAcknowledgeAlerts} />
            <p className="utrecht-paragraph">
              <Link to="/alerts">{t('dashboard.alerts.viewAll')}</Link>
            </p>
          </>
        )}
      </QueryState>
    </Section>
  );
}

function DeadlinesSection({ today }: { today: string }) {
  const t = useT();
  const [byNotice, byEnd] = deadlineQueries(today);
  const notice = useAgreementsPage(byNotice ?? {});
  const end = useAgreementsPage(byEnd ?? {});
  const deadlines = useMemo(
    () => (notice.data && end.data ? deadlinesWithin([...notice.data.items, ...end.data.items], today, DEADLINE_WINDOW_MONTHS) : null),
    [notice.data, end.data, today],
  );
  // A year of deadlines can be a few hundred rows: they render after the rest of the first screen (the counts above
  // all), which React commits first, instead of holding it back; a skeleton stands in meanwhile.
  const shown = useDeferredValue(deadlines, null);
  return (
    <Section id="deadlines" title={t('dashboard.deadlines.title')}>
      {notice.error || end.error ? (
        <QueryError error={notice.error ?? end.error} onRetry={() => void Promise.all([notice.refetch(), end.refetch()])} />
      ) : shown ? (
        <DeadlinesTable deadlines={shown} />
      ) : (
        <Skeleton lines={4} />
      )}
    </Section>
  );
}

function CountsSection() {
  const t = useT();
  const status = useAgreementStatusCounts();
  const collaborations = useCollaborations();
  return (
    <div className="app-grid">
      <Section id="by-status" title={t('dashboard.byStatus.title')}>
        {status.error ? (
          <QueryError error={status.error} onRetry={() => void status.refetch()} />
        ) : status.counts ? (
          <CountTable
            caption={t('dashboard.byStatus.title')}
            heading={t('register.col.status')}
            rows={AGREEMENT_STATUSES.filter((s) => (status.counts?.[s] ?? 0) > 0).map((s) => ({
              key: s,
              label: <Link to={`/agreements?status=${s}`}>{t(`status.${s}`)}</Link>,
              count: status.counts?.[s] ?? 0,
            }))}
          />
        ) : (
          <Skeleton lines={5} />
        )}
      </Section>
      <Section id="by-collaboration" title={t('dashboard.byCollaboration.title')}>
        <QueryState query={collaborations} skeleton={<Skeleton lines={4} />}>
          {(list) => (
            <CountTable
              caption={t('dashboard.byCollaboration.title')}
              heading={t('register.col.collaboration')}
              rows={list.map((c) => ({
                key: c.code,
                label: (
                  <>
                    <Link to={`/collaborations/${c.code}`}>{c.name}</Link> <span className="app-muted">({c.code})</span>
                  </>
                ),
                count: c.agreementCount,
              }))}
            />
          )}
        </QueryState>
      </Section>
    </div>
  );
}

function GapsSection() {
  const t = useT();
  const { canEditAgreements } = usePermissions();
  const register = useAgreementsPage(REGISTER_QUERY);
  const gaps = useMemo(() => (register.data ? findDataGaps(register.data.items).sort((a, b) => a.title.localeCompare(b.title, 'nl')) : null), [register.data]);
  return (
    <Section id="gaps" title={t('dashboard.gaps.title')}>
      <p className="utrecht-paragraph">{t('dashboard.gaps.intro')}</p>
      <QueryState query={register} skeleton={<Skeleton lines={4} />}>
        {() => <DataGapList items={gaps ?? []} canEdit={canEditAgreements} />}
      </QueryState>
    </Section>
  );
}

export function Component() {
  const t = useT();
  useDocumentTitle(t('dashboard.title'));
  const today = todayInAmsterdam();
  return (
    <>
      <PageHeader title={t('dashboard.title')} intro={t('dashboard.intro')} />
      <AlertsSection />
      <DeadlinesSection today={today} />
      <CountsSection />
      <GapsSection />
    </>
  );
}
