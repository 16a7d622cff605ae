/**
 * What a person typed in a search box, read as words — never as query syntax.
 *
 * SQLite FTS5 has its own query language (`"…"`, `*`, `NEAR(…)`, `AND`/`OR`/
 * `NOT`, `-`, `^`, `column:`), and text typed by a user that reaches it
 * unquoted is an error at best (a 500) and a different search at worst. So the
 * text is cut into words exactly as the index's tokenizer (`unicode61
 * remove_diacritics 2`) cuts documents — letters, digits and private-use
 * characters make words, everything else separates them — and every word is
 * quoted again before it goes to SQLite. Words in double quotes stay together
 * as a phrase; a closing quote may be left off. A word (or phrase) with a `*`
 * right after it also finds the longer words it starts — only then: a prefix
 * lookup of a common word costs ten times a whole-word lookup (decision 047).
 */

/** One word or phrase to find: its folded words, and whether the last word may be the start of a longer one. */
export interface SearchTerm {
  /** Folded words (lower case, diacritics removed); several for a phrase ("stilzwijgend verlengd"). */
  readonly words: readonly string[];
  /** True when the last word, typed with a `*` after it, matches any word it starts ("overeenk*" finds "overeenkomst"). */
  readonly prefix: boolean;
}

/** At most this many terms are searched; more words add noise and cost, not precision. */
export const MAX_SEARCH_TERMS = 12;
/** Words shorter than this match whole words only, even with a `*`: a one-letter prefix would match most of the index. */
export const MIN_PREFIX_LENGTH = 2;

/** A word as the unicode61 tokenizer sees one: letters (with their combining marks), digits, private-use characters. */
export const WORD_PATTERN = /[\p{L}\p{N}\p{Co}][\p{L}\p{M}\p{N}\p{Co}]*/gu;

/**
 * A word as the index holds it: lower case without diacritics, so "Geëvalueerd"
 * and "geevalueerd" are one word (what `remove_diacritics 2` does: letters
 * without a decomposition, such as "ø", stay as they are there too).
 */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, folded. */
export function wordsOf(text: string): string[] {
  return Array.from(text.matchAll(WORD_PATTERN), (m) => foldWord(m[0]));
}

/**
 * Reads a search box's text as terms: quoted parts are phrases, every other
 * word a term of its own; operators, stars, minus signs and column names are
 * ordinary characters (separators, mostly). An empty list when nothing
 * searchable is left ("***", "-", "").
 */
export function parseSearchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  const add = (words: string[], starred: boolean) => {
    if (!words.length || terms.length >= MAX_SEARCH_TERMS) return;
    const last = words[words.length - 1]!;
    const term: SearchTerm = { words, prefix: starred && [...last].length >= MIN_PREFIX_LENGTH };
    const key = `${term.words.join(' ')}|${term.prefix}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  // A `*` right after a word (or a closing quote) makes it a prefix; otherwise words match whole.
  const parts = input.split('"');
  parts.forEach((part, i) => {
    // Odd parts were between quotes: one phrase. Even parts: single words.
    if (i % 2 === 1) add(wordsOf(part), parts[i + 1]?.startsWith('*') ?? false);
    else for (const m of part.matchAll(WORD_PATTERN)) add([foldWord(m[0])], part[m.index + m[0].length] === '*');
  });
  return terms;
}

/** A word quoted for FTS5: inside double quotes nothing is syntax (a quote itself would be doubled; words have none). */
const quoted = (word: string) => `"${word.replace(/"/g, '""')}"`;

/**
 * The FTS5 MATCH expression for the terms: every term must occur (AND), each
 * word quoted, a prefix term with `*` after its phrase. Null when there is
 * nothing to search for — callers then answer "no results" without asking SQLite.
 */
export function toFtsMatch(terms: readonly SearchTerm[]): string | null {
  if (!terms.length) return null;
  return terms.map((t) => `${t.words.length === 1 ? quoted(t.words[0]!) : quoted(t.words.join(' '))}${t.prefix ? ' *' : ''}`).join(' AND ');
}

/** Words shorter than this cannot be looked up inside longer words (the trigram index needs three characters). */
export const MIN_INFIX_LENGTH = 3;

/**
 * The MATCH expression for a trigram index (the register's `agreements_fts`),
 * which finds the terms anywhere inside words — Dutch writes compounds as one
 * word: "overeenkomst" is in "Dienstverleningsovereenkomst". Null when a term
 * has a word too short for trigrams; then only whole words and prefixes are found.
 */
export function toTrigramMatch(terms: readonly SearchTerm[]): string | null {
  if (!terms.length || terms.some((t) => t.words.some((w) => [...w].length < MIN_INFIX_LENGTH))) return null;
  return terms.map((t) => quoted(t.words.join(' '))).join(' AND ');
}
