import { useCallback, useMemo } from 'react';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import type { AgreementSort } from '@akkoord/shared/schemas/agreement';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryError } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { agreementsInfiniteOptions, useAgreementsInfinite } from '../../features/agreements/api/list-agreements.ts';
import { ExportLinks } from '../../features/agreements/components/export-links.tsx';
import { RegisterFiltersForm } from '../../features/agreements/components/register-filters.tsx';
import { RegisterTable } from '../../features/agreements/components/register-table.tsx';
import { filtersFromSearch, filtersToQuery, filtersToSearch, hasActiveFilters, type RegisterFilters } from '../../features/agreements/filters.ts';
import { collaborationsQueryOptions, useCollaborations } from '../../features/collaborations/api/list-collaborations.ts';
import { organisationsQueryOptions, useOrganisations } from '../../features/organisations/api/list-organisations.ts';
import { usePermissions } from '../../features/session/api/use-permissions.ts';
import { useSession } from '../../features/session/api/get-session.ts';
import { ownerAccountsQueryOptions, useOwnerAccounts } from '../../features/agreements/api/list-owner-accounts.ts';
import { queryClient } from '../query-client.ts';
import { useInfiniteRows } from '../../lib/use-infinite-rows.ts';

export function loader({ request }: LoaderFunctionArgs) {
  const filters = filtersFromSearch(new URL(request.url).searchParams);
  void queryClient.prefetchInfiniteQuery(agreementsInfiniteOptions(filtersToQuery(filters)));
  // The filter form's choices, at once rather than after the first render (and so while the preloads of the first
  // load, client/src/first-load/, are still there to be taken over).
  void queryClient.prefetchQuery(collaborationsQueryOptions());
  void queryClient.prefetchQuery(organisationsQueryOptions());
  void queryClient.prefetchQuery(ownerAccountsQueryOptions());
  return null;
}

export function Component() {
  const t = useT();
  useDocumentTitle(t('register.title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const query = useMemo(() => filtersToQuery(filters), [filters]);
  const list = useAgreementsInfinite(query);
  const collaborations = useCollaborations();
  const organisations = useOrganisations();
  const { canEditAgreements } = usePermissions();
  const session = useSession();
  const ownerAccounts = useOwnerAccounts();
  const myEmail = session.data?.kind === 'signed-in' ? session.data.user.email : null;

  const setFilters = useCallback((next: RegisterFilters) => setParams(filtersToSearch(next), { replace: false }), [setParams]);
  const setSort = useCallback((sort: AgreementSort) => setFilters({ ...filters, sort }), [filters, setFilters]);
  const { rows, total, more: needMore } = useInfiniteRows(list);
  const collaborationOptions = (collaborations.data ?? []).map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }));
  const partyOptions = (organisations.data ?? []).map((o) => ({ value: String(o.id), label: o.name }));
  // "Mijn overeenkomsten" first; an owner typed in a link (no account) stays a choice.
  const ownerOptions = [
    ...(myEmail ? [{ value: myEmail, label: t('register.filter.ownerMe', { email: myEmail }) }] : []),
    ...(ownerAccounts.data ?? []).filter((a) => a.email !== myEmail).map((a) => ({ value: a.email, label: `${a.name} (${a.email})` })),
  ];
  if (filters.owner && !ownerOptions.some((o) => o.value.toLowerCase() === filters.owner.toLowerCase())) ownerOptions.push({ value: filters.owner, label: filters.owner });

  return (
    <>
      <PageHeader
        title={t('register.title')}
        intro={t('register.intro')}
        actions={
          <>
            {canEditAgreements ? (
              <Link to="/agreements/new" button="primary">
                {t('nav.newAgreement')}
              </Link>
            ) : null}
            {canEditAgreements ? (
              <Link to="/agreements/import" button="secondary">
                {t('nav.import')}
              </Link>
            ) : null}
            {myEmail ? (
              <Link
                to={`/agreements?owner=${encodeURIComponent(myEmail)}`}
                button="secondary"
                aria-current={filters.owner.toLowerCase() === myEmail.toLowerCase() ? 'page' : undefined}
              >
                {t('register.mine')}
              </Link>
            ) : null}
            {total ? <ExportLinks query={query} /> : null}
            <Link to={`/timeline${params.size ? `?${params.toString()}` : ''}`} button="secondary">
              {t('timeline.openTimeline')}
            </Link>
            <Button onClick={() => window.print()}>{t('common.print')}</Button>
          </>
        }
      />
      <RegisterFiltersForm value={filters} onChange={setFilters} collaborations={collaborationOptions} parties={partyOptions} owners={ownerOptions} />
      <div className="app-register-bar">
        <p className="utrecht-paragraph" role="status" aria-live="polite" aria-atomic="true">
          {list.data ? t('register.total', { count: total }) : ''}
        </p>
      </div>
      {list.error && !list.data ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Skeleton lines={10} />
      ) : rows.length === 0 ? (
        <EmptyState
          action={
            hasActiveFilters(filters) ? (
              <Button onClick={() => setFilters({ ...filters, q: '', collaboration: '', type: '', party: '', status: '', from: '', to: '', archived: 'exclude' })}>
                {t('register.filter.reset')}
              </Button>
            ) : canEditAgreements ? (
              <Link to="/agreements/new" button="primary">
                {t('nav.newAgreement')}
              </Link>
            ) : null
          }
        >
          {hasActiveFilters(filters) ? t('register.empty') : t('register.emptyAll')}
        </EmptyState>
      ) : (
        <>
          <RegisterTable
            rows={rows}
            total={total}
            sort={filters.sort}
            onSort={setSort}
            hasMore={Boolean(list.hasNextPage)}
            loadingMore={list.isFetchingNextPage}
            onNeedMore={needMore}
          />
          {list.error ? <QueryError error={list.error} onRetry={() => void list.fetchNextPage()} /> : null}
          <Pagination shown={rows.length} total={total} hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onMore={needMore} />
        </>
      )}
    </>
  );
}
