import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { searchResultSchema, type SearchKind, type SearchResult } from '@akkoord/shared/schemas/search';
import { apiRequest } from '../../../lib/api-client.ts';
import { searchKeys } from './keys.ts';

export const SEARCH_PAGE_SIZE = 20;

/** GET /api/search: one page of hits, best first, with the counts of all hits. */
export function search(q: string, kind: SearchKind | undefined, cursor: string | null, signal?: AbortSignal): Promise<SearchResult> {
  return apiRequest('/search', { query: { q, kind, limit: SEARCH_PAGE_SIZE, cursor: cursor ?? undefined }, signal, schema: searchResultSchema });
}

/** Hits for the results page, more pages on request ("Meer resultaten"). */
export const searchInfiniteOptions = (q: string, kind: SearchKind | undefined) =>
  infiniteQueryOptions({
    queryKey: searchKeys.results(q, kind),
    queryFn: ({ pageParam, signal }) => search(q, kind, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: q.trim().length > 0,
  });

export function useSearch(q: string, kind: SearchKind | undefined) {
  return useInfiniteQuery(searchInfiniteOptions(q, kind));
}
