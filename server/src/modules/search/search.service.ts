import type { SearchQuery, SearchResult } from '@akkoord/shared/schemas/search';
import { parseSearchTerms, toFtsMatch, toTrigramMatch } from '@akkoord/shared/search/search-terms';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor.ts';
import { presentHit } from './search.presenter.ts';
import { findHits, readHits, SEARCH_CANDIDATES, type HitPage, type SearchFilter } from './search.repo.ts';

/**
 * Searches the agreements and document pages the caller may see, best match
 * first. The typed text is read as words and quoted again (never FTS5 syntax);
 * with nothing searchable left the answer is empty. The query runs on the
 * read worker when there is one (it can take tens of milliseconds over a large
 * register; decision 018), else on the main connection.
 */
export async function searchEverything(deps: AppDeps, ctx: RequestContext, q: SearchQuery): Promise<SearchResult> {
  const after = q.cursor ? decodeSearchCursor(q.cursor) : null;
  const terms = parseSearchTerms(q.q);
  if (toFtsMatch(terms) === null) return { items: [], nextCursor: null, counts: { agreement: 0, document: 0 }, countLimit: SEARCH_CANDIDATES };
  const filter: SearchFilter = {
    trigramMatch: toTrigramMatch(terms),
    terms,
    infixTerms: terms.map((t) => t.words.join(' ')),
    kind: q.kind === undefined ? undefined : q.kind === 'agreement' ? 0 : 1,
    scope: ctx.user?.collaborationScope ?? null,
  };
  let page: HitPage | undefined;
  if (deps.reader?.available) {
    try {
      page = await readHits(deps.reader, filter, q.limit, after);
    } catch (err) {
      deps.logger.warn({ err }, 'read worker failed; the search is read on the main connection');
    }
  }
  page ??= findHits(deps.db, filter, q.limit, after);
  const last = page.rows[page.rows.length - 1];
  return {
    items: page.rows.map((r) => presentHit(r, terms)),
    nextCursor: page.more && last ? encodeSearchCursor({ score: last.score, kind: last.kind, id: last.rowid }) : null,
    counts: page.counts,
    countLimit: SEARCH_CANDIDATES,
  };
}
