import { useSearchParams } from 'react-router';
import { SEARCH_KINDS, type SearchKind } from '@akkoord/shared/schemas/search';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { SearchResults } from '../../features/search/components/search-results.tsx';

/** The results page of the header's search box: `/search?q=…&kind=agreement|document`. */
export function Component() {
  const t = useT();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const kindParam = params.get('kind');
  const kind = SEARCH_KINDS.includes(kindParam as SearchKind) ? (kindParam as SearchKind) : undefined;
  useDocumentTitle(q ? t('search.titleFor', { q }) : t('search.title'));
  return (
    <>
      <PageHeader title={q ? t('search.titleFor', { q }) : t('search.title')} intro={t('search.intro')} />
      {q ? <SearchResults key={`${q}|${kind ?? ''}`} q={q} kind={kind} /> : <EmptyState>{t('search.noQuery')}</EmptyState>}
    </>
  );
}
