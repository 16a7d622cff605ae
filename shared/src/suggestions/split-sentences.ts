/** A sentence of a page, whitespace folded, and whether it belongs to a preamble ("Overwegende dat: a. …; b. …"). */
export interface Sentence {
  text: string;
  isPreamble: boolean;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'art',
  'artt',
  'o.a',
  'd.d',
  'nr',
  'nrs',
  'bijv',
  'jo',
  'resp',
  'm.b.t',
  't.a.v',
  'i.v.m',
  'z.g',
  'ca',
  'e.d',
  'mr',
  'dhr',
  'mw',
  'drs',
  'ir',
  'ing',
  'lid',
  'blz',
  'p',
  'jan',
  'feb',
  'febr',
  'mrt',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dec',
]);
const LIST_ITEM = /^(?:[a-z]\.|[a-z]\)|\d+[.)]|[-•–])\s/;
const LINE_STARTS_NEW = /^(?:\d+(?:\.\d+)*\.?\s|[A-Z"“'(•–-]|artikel\b)/;

/** Joins a page's lines into blocks: a line break inside a sentence (next line lower case) is a space. */
function blocksOf(page: string): string[] {
  const blocks: string[] = [];
  let current = '';
  for (const raw of page.split(/\r?\n/)) {
    const line = raw.replace(/[\t\u00a0 ]+/g, ' ').trim();
    if (!line) {
      if (current) blocks.push(current);
      current = '';
      continue;
    }
    if (current && (/[.;:!?]$/.test(current) || LINE_STARTS_NEW.test(line))) {
      blocks.push(current);
      current = line;
    } else current = current ? `${current} ${line}` : line;
  }
  if (current) blocks.push(current);
  return blocks;
}

/** Splits a block at ". ", "; ", "! " and "? " before a capital, a digit-numbered item or a list letter, never after an abbreviation. */
function splitBlock(block: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /([.;!?])\s+(?=[A-Z"“'(]|[a-z]\.\s|\d{1,2}(?:\.\d+)*\.?\s)/g;
  for (let m = re.exec(block); m; m = re.exec(block)) {
    if (m[1] === '.') {
      const word = /([\p{L}.]+)$/u.exec(block.slice(start, m.index))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    out.push(block.slice(start, m.index + 1).trim());
    start = m.index + m[0].length;
  }
  const rest = block.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The sentences of one page as the reader quotes them. */
export function splitSentences(page: string): Sentence[] {
  const sentences: Sentence[] = [];
  let inPreamble = false;
  for (const block of blocksOf(page)) {
    for (const text of splitBlock(block)) {
      if (/^overwegende\b/i.test(text)) inPreamble = true;
      else if (inPreamble && !LIST_ITEM.test(text)) inPreamble = false;
      sentences.push({ text, isPreamble: inPreamble });
    }
  }
  return sentences;
}
