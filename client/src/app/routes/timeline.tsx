import { useCallback, useMemo } from 'react';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { RegisterFiltersForm } from '../../features/agreements/components/register-filters.tsx';
import { filtersFromSearch, filtersToQuery, filtersToSearch, type RegisterFilters } from '../../features/agreements/filters.ts';
import { useCollaborations } from '../../features/collaborations/api/list-collaborations.ts';
import { useOrganisations } from '../../features/organisations/api/list-organisations.ts';
import { timelineAgreementsOptions } from '../../features/timeline/api/list-timeline-agreements.ts';
import { Timeline } from '../../features/timeline/components/timeline.tsx';
import { settingsFromSearch, settingsToSearch, type TimelineSettings } from '../../features/timeline/model/settings.ts';
import { queryClient } from '../query-client.ts';

export function loader({ request }: LoaderFunctionArgs) {
  const filters = filtersFromSearch(new URL(request.url).searchParams);
  void queryClient.prefetchInfiniteQuery(timelineAgreementsOptions(filtersToQuery(filters)));
  return null;
}

/** /timeline: every agreement on a time axis, with the register's filters (same URL parameters). */
export function Component() {
  const t = useT();
  useDocumentTitle(t('timeline.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const query = useMemo(() => filtersToQuery(filters), [filters]);
  const settings = useMemo(() => settingsFromSearch(params), [params]);
  const collaborations = useCollaborations();
  const organisations = useOrganisations();

  const setFilters = useCallback((next: RegisterFilters) => setParams(settingsToSearch(filtersToSearch(next), settings)), [setParams, settings]);
  const setSettings = useCallback((next: TimelineSettings) => setParams((p) => settingsToSearch(p, next), { replace: true }), [setParams]);
  const laneNames = useMemo(() => new Map((collaborations.data ?? []).map((c) => [c.code, c.name])), [collaborations.data]);
  const collaborationOptions = (collaborations.data ?? []).map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }));
  const partyOptions = (organisations.data ?? []).map((o) => ({ value: String(o.id), label: o.name }));
  const registerSearch = filtersToSearch(filters).toString();

  return (
    <>
      <PageHeader
        title={t('timeline.title')}
        intro={t('timeline.intro')}
        actions={
          <Link to={`/agreements${registerSearch ? `?${registerSearch}` : ''}`} button="secondary">
            {t('timeline.openRegister')}
          </Link>
        }
      />
      <RegisterFiltersForm value={filters} onChange={setFilters} collaborations={collaborationOptions} parties={partyOptions} />
      <Timeline
        query={query}
        window={{ from: filters.from || undefined, to: filters.to || undefined }}
        settings={settings}
        onSettingsChange={setSettings}
        title={t('timeline.title')}
        laneNames={laneNames}
      />
    </>
  );
}
