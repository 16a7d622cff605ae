/**
 * Dutch numbers as contracts write them: digits ("3"), words ("drie",
 * "twaalf", "vierentwintig", "één") and both at once ("3 (drie)", "drie
 * (3)"). Only whole numbers up to 99 — terms and notice periods never need
 * more in words.
 */

const UNITS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

/** Folds the accents contracts put on "één" and on compounds ("tweeëntwintig"). */
const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** The value of one Dutch number word (0–99), or null when it is not one. */
export function numberOfWord(word: string): number | null {
  const w = fold(word);
  const unit = UNITS.indexOf(w);
  if (unit >= 0) return unit;
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return 10 + teen;
  const ten = TENS.indexOf(w);
  if (ten >= 2) return ten * 10;
  const m = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(w);
  if (m) return TENS.indexOf(m[2]!) * 10 + UNITS.indexOf(m[1]!);
  return null;
}

/** The Dutch word for 0–99 ("vierentwintig", "tweeëntwintig"); the inverse of `numberOfWord`. */
export function wordOfNumber(n: number): string {
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10)]!;
  if (unit === 0) return tens;
  const first = UNITS[unit]!;
  // A trema keeps two e's apart: "tweeëntwintig", "drieëndertig".
  return `${first}${first.endsWith('e') ? 'ën' : 'en'}${tens}`;
}

/** A number written as digits or a word, optionally followed by the other in parentheses. */
export const NUMBER_PHRASE = String.raw`(\d{1,4}|[a-zA-Zëé]+)(?:\s*\(\s*(\d{1,4}|[a-zA-Zëé]+)\s*\))?`;

/**
 * The value of a number phrase's parts: "3", "drie", "3 (drie)". Null when a
 * part is no number or the two parts disagree ("3 (vier)"): a contract that
 * contradicts itself settles nothing.
 */
export function readNumberPhrase(first: string, second: string | undefined): number | null {
  const a = /^\d+$/.test(first) ? Number(first) : numberOfWord(first);
  if (a === null) return null;
  if (second === undefined) return a;
  const b = /^\d+$/.test(second) ? Number(second) : numberOfWord(second);
  return b === a ? a : null;
}
