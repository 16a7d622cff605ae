import type { SearchKind } from '@akkoord/shared/schemas/search';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { QueryError } from '../../../components/ui/query-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { useSearch } from '../api/search.ts';
import { SearchHitItem } from './search-hit-item.tsx';

const FILTERS: { kind: SearchKind | undefined; label: 'search.filter.all' | 'search.filter.agreements' | 'search.filter.documents' }[] = [
  { kind: undefined, label: 'search.filter.all' },
  { kind: 'agreement', label: 'search.filter.agreements' },
  { kind: 'document', label: 'search.filter.documents' },
];

const hrefOf = (q: string, kind: SearchKind | undefined) => `/search?${new URLSearchParams(kind ? { q, kind } : { q }).toString()}`;

/** The hits for `q`, with filters (everything / agreements / documents, with their counts) and more pages on request. */
export function SearchResults({ q, kind }: { q: string; kind: SearchKind | undefined }) {
  const t = useT();
  const query = useSearch(q, kind);
  if (query.error && !query.data) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton lines={8} />;
  const { counts, countLimit } = query.data.pages[0]!;
  // A count at the limit means "at least": the server ranks and counts only so many hits of each kind.
  const atLeast = (n: number, capped: boolean) => (capped ? `${n}+` : n);
  const total = {
    all: atLeast(counts.agreement + counts.document, counts.agreement >= countLimit || counts.document >= countLimit),
    agreement: atLeast(counts.agreement, counts.agreement >= countLimit),
    document: atLeast(counts.document, counts.document >= countLimit),
  };
  const hits = query.data.pages.flatMap((p) => p.items);
  return (
    <>
      <nav aria-label={t('search.filter.label')} className="app-search-filters">
        <ul className="app-search-filters__list">
          {FILTERS.map((f) => (
            <li key={f.label}>
              <Link to={hrefOf(q, f.kind)} aria-current={f.kind === kind ? 'page' : undefined} className="app-search-filters__link">
                {t(f.label, { count: total[f.kind ?? 'all'] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="utrecht-paragraph app-muted" role="status">
        {hits.length ? t('search.summary', { shown: hits.length, total: total[kind ?? 'all'] }) : ''}
      </p>
      {hits.length === 0 ? (
        <EmptyState>{t(counts.agreement + counts.document > 0 ? 'search.emptyFilter' : 'search.empty', { q })}</EmptyState>
      ) : (
        <ol className="app-search-hits">
          {hits.map((h) => (
            <SearchHitItem key={h.kind === 'agreement' ? `a${h.agreement.id}` : `d${h.document.id}-${h.version}-${h.page}`} hit={h} />
          ))}
        </ol>
      )}
      {query.hasNextPage ? (
        <Button onClick={() => void query.fetchNextPage()} busy={query.isFetchingNextPage}>
          {t('search.more')}
        </Button>
      ) : null}
      {query.error ? <QueryError error={query.error} onRetry={() => void query.fetchNextPage()} /> : null}
    </>
  );
}
