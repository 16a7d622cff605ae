import { toFtsMatch, type SearchTerm } from '@akkoord/shared/search/search-terms';
import type { Db } from '../../db/client.ts';
import type { ReadPool, ReadStatement } from '../../db/read-pool.ts';
import { prepared } from '../../db/statements.ts';

/*
 * Search over the two FTS5 indexes of migration 0013 (decision 047):
 * `search_agreements` (an agreement's title, reference, parties, collaboration
 * and notes; rowid = agreement id) and `search_pages` (the pages of each
 * document's newest version with text; rowid = version id * 2^24 + page).
 * Agreements are also found through the register's trigram index
 * (`agreements_fts`: title, reference, notes), which finds a word inside a
 * Dutch compound. The two new indexes are contentless: the snippet's text is read from the agreement and the
 * page themselves, for the page of hits only. Migration 0015 rebuilt both with prefix indexes (2 and 3 letters)
 * and a `scope` column (the agreement's collaboration as a token), and lists the page index's words in
 * `search_pages_terms` (fts5vocab) — the search's speed (decision 047, "Speed").
 */

/** rowid of a page in `search_pages`: version id * 2^24 + page number. */
export const PAGE_ROWID_FACTOR = 16_777_216;

/**
 * How many hits of each kind (agreements, document pages) are ranked and counted at most: the newest ones. More
 * matches than this mean the words are too common to rank usefully; the counts then say "at least".
 */
export const SEARCH_CANDIDATES = 500;

/**
 * Words inside compounds (the trigram index) are looked up only while whole words and prefixes find fewer
 * agreements than this: a trigram lookup of a common word costs more than the rest of the search together.
 */
export const WHOLE_WORD_ENOUGH = 20;

/** Hits of this kind: 0 = agreement, 1 = document page (the order between equal scores). */
export type HitKind = 0 | 1;

/** Where the next page of hits starts: after this score, kind and rowid. */
export interface SearchKeyset {
  score: number;
  kind: HitKind;
  id: number;
}

export interface SearchFilter {
  /** The terms, at least one (quoted into FTS5 MATCH expressions here; never user text as such). */
  terms: readonly SearchTerm[];
  /** The same terms for the register's trigram index (words inside compounds), or null when a word is too short for it. */
  trigramMatch: string | null;
  /** The terms as folded text ("stilzwijgend verlengd"), to rank a hit inside a compound by the fields that hold it. */
  infixTerms: string[];
  /** Only this kind of hit; both when undefined. */
  kind: HitKind | undefined;
  /** Collaboration codes the caller is limited to; null = all. */
  scope: string[] | null;
}

/** One hit with what its snippet and presentation need. */
export interface HitRow {
  kind: HitKind;
  rowid: number;
  score: number;
  agreementId: number;
  agreementTitle: string;
  agreementReference: string | null;
  collaborationCode: string | null;
  /** Agreement hits: the searched fields as indexed. */
  fields: { reference: string; parties: string; collaboration: string; notes: string } | null;
  /** Document hits: the document, version and page with its text. */
  page: { documentId: number; documentTitle: string; documentKind: string; version: number; mediaType: string; page: number; text: string } | null;
}

export interface HitPage {
  rows: HitRow[];
  /** Whether more hits follow the page. */
  more: boolean;
  counts: { agreement: number; document: number };
}

/*
 * The scope is the register's rule (agreements.repo.ts): an agreement of a
 * collaboration the caller is limited to; one without a collaboration is
 * outside every scope. Archived agreements and documents are not searched.
 */
const SCOPE = 'and a.collaboration_id in (select c.id from collaborations c join json_each(?) s on s.value = c.code)';

/*
 * The same scope inside the indexes (migration 0015): each row's `scope` column holds the token "k<collaboration
 * id>" of its agreement, so a limited caller's MATCH asks for the rows of their collaborations only and FTS5 skips
 * the others' matches instead of handing every one of them to the join above (which stays the rule). No
 * collaboration in scope: "k0", which no row holds. The user's words are searched in the text columns only.
 */
const SCOPE_MATCH = `(select coalesce(' AND scope : (' || group_concat('"k' || c.id || '"', ' OR ') || ')', ' AND scope : "k0"') from collaborations c join json_each(?) s on s.value = c.code)`;

/** The columns of `search_agreements` that hold an agreement's text (not its scope token). */
const AGREEMENT_COLUMNS = '{title reference parties collaboration notes}';

/*
 * Only a term that could be a scope token — one word "k" plus digits, or a prefix of such a word — is limited to
 * the text columns (`text : "k12"`): no other term can match a token, and a column filter costs FTS5 a third more
 * work on every list it reads.
 */
function mayMatchScope(t: SearchTerm): boolean {
  return t.words.length === 1 && (t.prefix ? /^k\d*$/ : /^k\d+$/).test(t.words[0]!);
}

/** The MATCH expression of the terms within the given text columns. */
function textMatch(terms: readonly SearchTerm[], columns: string): string {
  return terms.map((t) => `${mayMatchScope(t) ? `${columns} : ` : ''}${toFtsMatch([t])!}`).join(' AND ');
}

/*
 * The score of an agreement found by a word inside a compound: the weights of the fields that hold each term (title
 * 10, reference 8, notes 1, as for whole words), at half weight; at least 1 (a field with diacritics in the term,
 * which lower() does not fold, counts as notes). Not bm25 over the trigram index: bm25 first counts every
 * agreement holding the term — 30 to 150 ms for "overeenkomst", which is inside almost every title.
 */
const INFIX_SCORE = `-0.5 * max(1, (select sum(10 * (instr(lower(a.title), t.value) > 0) + 8 * (instr(lower(coalesce(a.reference, '')), t.value) > 0)
  + (instr(lower(coalesce(a.notes, '')), t.value) > 0)) from json_each(?) t))`;

/**
 * A word prefix of this many letters or more is searched in the pages as the words of the index it starts
 * (`search_pages_terms`, an fts5vocab table; at most PREFIX_WORDS of them, else as a prefix): FTS5 would otherwise
 * merge the full lists of those words into one before reading the newest few ("verwerk*": 87 ms against 18 ms).
 * Shorter prefixes have their own lists in the index (prefix='2 3', migration 0015).
 */
export const EXPAND_PREFIX_FROM = 4;
export const PREFIX_WORDS = 16;

/** The MATCH expression for the pages, as SQL: the terms (in the text column), long prefixes as the words they start. */
function pageMatchOf(terms: readonly SearchTerm[]): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const t of terms) {
    const native = textMatch([t], 'text');
    const word = t.words[0]!;
    if (t.prefix && t.words.length === 1 && [...word].length >= EXPAND_PREFIX_FROM && !mayMatchScope(t)) {
      parts.push(
        `(select iif(count(*) between 1 and ${PREFIX_WORDS}, '(' || group_concat('"' || replace(term, '"', '""') || '"', ' OR ') || ')', ?)
          from (select term from search_pages_terms where term >= ? and term <= ? || char(1114111) limit ${PREFIX_WORDS + 1}))`,
      );
      params.push(native, word, word);
    } else {
      parts.push('?');
      params.push(native);
    }
  }
  return { sql: parts.join(` || ' AND ' || `), params };
}

/** The statement of one page of hits (ranked by bm25, best first) plus a last row with the counts of all hits of either kind. */
export function searchStatement(f: SearchFilter, limit: number, after: SearchKeyset | null): ReadStatement {
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RangeError(`search: bad limit ${limit}`);
  const scope = f.scope ? SCOPE : '';
  const scopeParams = f.scope ? [JSON.stringify(f.scope)] : [];
  const conds: string[] = [];
  const pageParams: unknown[] = [];
  if (f.kind !== undefined) {
    conds.push('k = ?');
    pageParams.push(f.kind);
  }
  if (after) {
    conds.push('(score > ? or (score = ? and (k > ? or (k = ? and id > ?))))');
    pageParams.push(after.score, after.score, after.kind, after.kind, after.id);
  }
  // Weights: a word in the title counts most, then the reference, parties, collaboration, notes. An agreement is
  // also found by a word inside a compound through the register's trigram index (migration 0007), ranked lower.
  // At most SEARCH_CANDIDATES hits of each index are ranked, the newest first (rowid order, which FTS5 reads
  // without ranking): a word found on every page would otherwise rank the whole register per request.
  // The compound lookup runs only while whole words find fewer than WHOLE_WORD_ENOUGH agreements: decided once
  // (`few`) as its LIMIT, which SQLite reads before the loop (a limit of 0 never opens the trigram index) — as a row
  // condition it let FTS5 read every trigram match first (60 ms for two title words).
  const pageMatch = pageMatchOf(f.terms);
  const sql = `with
    ${f.trigramMatch === null ? '' : `few(n) as materialized (select count(*) from (select 1 from search_agreements where search_agreements match ? limit ${WHOLE_WORD_ENOUGH})),`}
    am(id, score) as materialized (
      select * from (select s.rowid, bm25(search_agreements, 10.0, 8.0, 4.0, 2.0, 1.0, 0.0) from search_agreements s join agreements a on a.id = s.rowid
        where search_agreements match ?${f.scope ? ` || ${SCOPE_MATCH}` : ''} and a.archived_at is null ${scope} order by s.rowid desc limit ${SEARCH_CANDIDATES})
      ${
        f.trigramMatch === null
          ? ''
          : `union all select * from (select g.rowid, ${INFIX_SCORE} from agreements_fts g join agreements a on a.id = g.rowid
        where agreements_fts match ? and a.archived_at is null ${scope}
        order by g.rowid desc limit (select iif(n < ${WHOLE_WORD_ENOUGH}, ${SEARCH_CANDIDATES}, 0) from few))`
      }),
    ah(k, id, score) as (select 0, id, min(score) from am group by id order by id desc limit ${SEARCH_CANDIDATES}),
    dh(k, id, score) as materialized (
      select 1, p.rowid, bm25(search_pages, 1.0, 0.0)
      from search_pages p
      join document_versions v on v.id = p.rowid / ${PAGE_ROWID_FACTOR}
      join documents d on d.id = v.document_id
      join agreements a on a.id = d.agreement_id
      where search_pages match ${pageMatch.sql}${f.scope ? ` || ${SCOPE_MATCH}` : ''} and d.archived_at is null and a.archived_at is null ${scope}
      order by p.rowid desc limit ${SEARCH_CANDIDATES}),
    ranked(k, id, score) as materialized (select k, id, score from ah union all select k, id, score from dh),
    page(k, id, score) as (select k, id, score from ranked ${conds.length ? `where ${conds.join(' and ')}` : ''} order by score, k, id limit ${limit + 1})
    select page.k, page.id, page.score, a.id, a.title, a.reference, c.code,
      t.reference, t.parties, t.collaboration, t.notes,
      d.id, d.title, d.kind, v.version, dp.page, dp.text, v.media_type
    from page
    left join document_pages dp on page.k = 1 and dp.version_id = page.id / ${PAGE_ROWID_FACTOR} and dp.page = page.id % ${PAGE_ROWID_FACTOR}
    left join document_versions v on v.id = dp.version_id
    left join documents d on d.id = v.document_id
    join agreements a on a.id = iif(page.k = 0, page.id, d.agreement_id)
    left join collaborations c on c.id = a.collaboration_id
    left join search_agreement_text t on page.k = 0 and t.id = a.id
    union all
    select 2, (select count(*) from ranked where k = 0), (select count(*) from ranked where k = 1), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null`;
  const agreementMatch = textMatch(f.terms, AGREEMENT_COLUMNS);
  const params = [
    ...(f.trigramMatch === null ? [] : [agreementMatch]),
    agreementMatch,
    ...scopeParams,
    ...scopeParams,
    ...(f.trigramMatch === null ? [] : [JSON.stringify(f.infixTerms), f.trigramMatch, ...scopeParams]),
    ...pageMatch.params,
    ...scopeParams,
    ...scopeParams,
    ...pageParams,
  ];
  return { sql, params, mode: 'rows' };
}

type RawRow = [
  number,
  number,
  number,
  number,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  number | null,
  string | null,
  string | null,
  number | null,
  number | null,
  string | null,
  string | null,
];

function hitPageOf(raw: RawRow[], limit: number): HitPage {
  const countRow = raw.find((r) => r[0] === 2)!;
  const rows = raw
    .filter((r) => r[0] !== 2)
    .map((r): HitRow => ({
      kind: r[0] as HitKind,
      rowid: r[1],
      score: r[2],
      agreementId: r[3],
      agreementTitle: r[4],
      agreementReference: r[5],
      collaborationCode: r[6],
      fields: r[0] === 0 ? { reference: r[7] ?? '', parties: r[8] ?? '', collaboration: r[9] ?? '', notes: r[10] ?? '' } : null,
      page: r[0] === 1 ? { documentId: r[11]!, documentTitle: r[12]!, documentKind: r[13]!, version: r[14]!, mediaType: r[17]!, page: r[15]!, text: r[16] ?? '' } : null,
    }))
    .sort((x, y) => x.score - y.score || x.kind - y.kind || x.rowid - y.rowid);
  return { rows: rows.slice(0, limit), more: rows.length > limit, counts: { agreement: countRow[1], document: countRow[2] } };
}

/** One page of hits, read on the main connection. */
export function findHits(db: Db, f: SearchFilter, limit: number, after: SearchKeyset | null): HitPage {
  const s = searchStatement(f, limit, after);
  return hitPageOf(
    prepared(db, s.sql)
      .raw(true)
      .all(...s.params) as RawRow[],
    limit,
  );
}

/** The same page read by the read worker (decision 018), off the main thread. */
export async function readHits(reader: ReadPool, f: SearchFilter, limit: number, after: SearchKeyset | null): Promise<HitPage> {
  const [raw] = (await reader.run([searchStatement(f, limit, after)])) as [RawRow[]];
  return hitPageOf(raw, limit);
}
