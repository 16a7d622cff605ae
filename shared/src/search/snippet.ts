import { foldWord, MIN_INFIX_LENGTH, WORD_PATTERN, type SearchTerm } from './search-terms.ts';

/** A highlighted stretch of a snippet: `text.slice(start, end)` (UTF-16 offsets, end exclusive). */
export interface HighlightRange {
  start: number;
  end: number;
}

/**
 * A short piece of a longer text around the words that were found, with the
 * ranges to highlight. Plain text with offsets, never markup: the client
 * decides how a highlight looks, and nothing from a document reaches the page
 * as HTML.
 */
export interface Snippet {
  text: string;
  highlights: HighlightRange[];
  /** True when the text goes on before / after the snippet (the client shows an ellipsis). */
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

/** How long a snippet is at most, in characters (UTF-16 units). */
export const SNIPPET_LENGTH = 200;

/** Whether a folded word is one the terms look for: a whole word of a term, or the start of a word for a prefix term's last word. */
function matchesTerm(folded: string, terms: readonly SearchTerm[]): boolean {
  return terms.some((t) => t.words.some((w, i) => (t.prefix && i === t.words.length - 1 ? folded.startsWith(w) : folded === w)));
}

/** A word folded code point by code point, with where in the word each folded character came from. */
function foldWithOffsets(word: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const cp of word) {
    for (const c of foldWord(cp)) {
      folded += c;
      from.push(offset);
      to.push(offset + cp.length);
    }
    offset += cp.length;
  }
  return { folded, from, to };
}

/** The part of a word where one of the terms' words (of at least three letters) occurs inside it, in offsets of the word. */
function infixOf(word: string, terms: readonly SearchTerm[]): HighlightRange | null {
  const { folded, from, to } = foldWithOffsets(word);
  for (const t of terms)
    for (const w of t.words) {
      if ([...w].length < MIN_INFIX_LENGTH) continue;
      const at = folded.indexOf(w);
      if (at >= 0) return { start: from[at]!, end: to[at + w.length - 1]! };
    }
  return null;
}

/**
 * The ranges of the words in `text` that the terms look for, in order. With
 * `inside`, a term's word of three letters or more is also found inside a
 * longer word (as the register's trigram index finds it) and only that part
 * is highlighted.
 */
export function findHighlights(text: string, terms: readonly SearchTerm[], { inside = false } = {}): HighlightRange[] {
  const ranges: HighlightRange[] = [];
  if (!terms.length) return ranges;
  for (const m of text.matchAll(WORD_PATTERN)) {
    if (matchesTerm(foldWord(m[0]), terms)) ranges.push({ start: m.index, end: m.index + m[0].length });
    else if (inside) {
      const part = infixOf(m[0], terms);
      if (part) ranges.push({ start: m.index + part.start, end: m.index + part.end });
    }
  }
  return ranges;
}

/** The window of `length` that holds the most highlights, starting a little before the first of them. */
function bestWindow(text: string, ranges: HighlightRange[], length: number): [number, number] {
  if (text.length <= length) return [0, text.length];
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < ranges.length; i++) {
    while (j < ranges.length && ranges[j]!.end <= ranges[i]!.start + length) j++;
    if (j - i > bestCount) [best, bestCount] = [i, j - i];
  }
  const first = ranges[best];
  if (!first) return [0, snapEnd(text, length)];
  // Some context before the first hit (less near the end of the text), starting at a word boundary.
  let start = Math.min(Math.max(0, first.start - Math.floor(length / 4)), Math.max(0, text.length - length));
  if (start > 0) {
    const space = text.slice(start, first.start).search(/\s/);
    start = space >= 0 ? start + space + 1 : first.start;
  }
  return [start, snapEnd(text, Math.min(text.length, start + length))];
}

/** Ends a window at whitespace where one is near, and never between the two halves of a surrogate pair. */
function snapEnd(text: string, end: number): number {
  if (end >= text.length) return text.length;
  const lastSpace = text.lastIndexOf(' ', end);
  if (lastSpace > end - 30 && lastSpace > 0) return lastSpace;
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/**
 * A snippet of `text` around the words the terms look for: the stretch of at
 * most `length` characters with the most hits, its runs of white space
 * (line breaks of a page, tabs) shown as one space, and the hits' ranges in
 * the snippet's own offsets (`inside`: see {@link findHighlights}). Without a hit, the start of the text.
 */
export function makeSnippet(text: string, terms: readonly SearchTerm[], { length = SNIPPET_LENGTH, inside = false } = {}): Snippet {
  const ranges = findHighlights(text, terms, { inside });
  const [from, to] = bestWindow(text, ranges, length);
  // Collapse white space while mapping every kept offset to its place in the snippet.
  let out = '';
  const at = new Map<number, number>();
  let lastWasSpace = true;
  for (let i = from; i < to; i++) {
    at.set(i, out.length);
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (!lastWasSpace) out += ' ';
      lastWasSpace = true;
    } else {
      out += c;
      lastWasSpace = false;
    }
  }
  at.set(to, out.length);
  const trimmed = out.replace(/ $/, '');
  const highlights = ranges.filter((r) => r.start >= from && r.end <= to).map((r) => ({ start: at.get(r.start)!, end: Math.min(at.get(r.end)!, trimmed.length) }));
  return { text: trimmed, highlights, truncatedStart: from > 0, truncatedEnd: to < text.length };
}
