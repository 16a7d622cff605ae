import { isPartialDate, precisionOf, type DatePrecision, type PartialDate } from './partial-date.ts';
import type { Locale } from './format-partial-date.ts';

/**
 * Dates as people type them, read into the API's partial dates ("YYYY",
 * "YYYY-MM", "YYYY-MM-DD"). Accepted: ISO ("2023-03-01", "2023-03", "2023"),
 * day-month-year with -, / or . ("1-3-2023", "01/03/2023"), month-year
 * ("3-2023"), and month names in Dutch or English, full or abbreviated
 * ("1 maart 2023", "mrt 2023", "1 Mar 2023", "March 1, 2023"). Never a
 * two-digit year, never an impossible day (31-02 is refused, not rolled over).
 */
export type DateInputResult = { ok: true; value: PartialDate; precision: DatePrecision } | { ok: false; reason: 'empty' | 'unrecognised' | 'impossible' | 'too_vague' };

export interface ParseDateInputOptions {
  /** `day`: only a whole calendar day will do (e.g. the day notice was given). Default `any`. */
  precision?: 'any' | 'day';
}

const FULL: Record<Locale, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};
/** Common abbreviations besides the first three letters of each name ("mrt", "sept", "okt"). */
const EXTRA_ABBREVIATIONS: Record<string, number> = { mrt: 3, sept: 9, okt: 10, mar: 3, jun: 6, jul: 7 };

/** Month number (1–12) of a Dutch or English month name or abbreviation, case and trailing dot ignored. */
export function monthOfName(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return null;
  if (EXTRA_ABBREVIATIONS[word]) return EXTRA_ABBREVIATIONS[word];
  for (const locale of ['nl', 'en'] as const) {
    const index = FULL[locale].findIndex((m) => m === word || (word.length >= 3 && m.startsWith(word)));
    if (index >= 0) return index + 1;
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function build(year: number, month: number | null, day: number | null): DateInputResult {
  if (year < 1800 || year > 2200) return { ok: false, reason: 'impossible' };
  const value = month === null ? String(year) : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  if (!isPartialDate(value)) return { ok: false, reason: 'impossible' };
  return { ok: true, value, precision: precisionOf(value) };
}

const NUM = String.raw`(\d{1,2})`;
const YEAR = String.raw`(\d{4})`;
const SEP = String.raw`[-/.]`;
const WORD = String.raw`([a-zA-Zë]{3,}\.?)`;

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, string | number | null, number | null] }[] = [
  // ISO: 2023, 2023-03, 2023-03-01 (and the lenient 2023-3-1)
  { re: new RegExp(String.raw`^${YEAR}(?:-(\d{1,2})(?:-(\d{1,2}))?)?$`), read: (m) => [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null] },
  // 1-3-2023, 01/03/2023, 1.3.2023
  { re: new RegExp(String.raw`^${NUM}${SEP}${NUM}${SEP}${YEAR}$`), read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
  // 3-2023, 03/2023
  { re: new RegExp(String.raw`^${NUM}${SEP}${YEAR}$`), read: (m) => [Number(m[2]), Number(m[1]), null] },
  // 1 maart 2023, 1 mrt. 2023, 1-mrt-2023
  { re: new RegExp(String.raw`^${NUM}[\s-]+${WORD}[\s-]+${YEAR}$`), read: (m) => [Number(m[3]), m[2]!, Number(m[1])] },
  // maart 2023, mrt 2023
  { re: new RegExp(String.raw`^${WORD}[\s-]+${YEAR}$`), read: (m) => [Number(m[2]), m[1]!, null] },
  // March 1, 2023 / March 1 2023
  { re: new RegExp(String.raw`^${WORD}\s+${NUM},?\s+${YEAR}$`), read: (m) => [Number(m[3]), m[1]!, Number(m[2])] },
];

/** Reads a typed date into a partial date, or says why it cannot. */
export function parseDateInput(text: string, options: ParseDateInputOptions = {}): DateInputResult {
  const input = text.trim().replace(/\s+/g, ' ');
  if (input === '') return { ok: false, reason: 'empty' };
  for (const { re, read } of PATTERNS) {
    const m = re.exec(input);
    if (!m) continue;
    const [year, rawMonth, day] = read(m);
    const month = typeof rawMonth === 'string' ? monthOfName(rawMonth) : rawMonth;
    if (typeof rawMonth === 'string' && month === null) return { ok: false, reason: 'unrecognised' };
    const result = build(year, month, day);
    if (result.ok && options.precision === 'day' && result.precision !== 'day') return { ok: false, reason: 'too_vague' };
    return result;
  }
  return { ok: false, reason: 'unrecognised' };
}

/** Ways a date can be written that `parseDateInput` reads back (used by the property tests and the form's initial text). */
export type DateInputStyle = 'iso' | 'dmy' | 'dmy-padded' | 'dmy-slash' | 'long-nl' | 'short-nl' | 'long-en' | 'short-en' | 'us-en';
export const DATE_INPUT_STYLES: readonly DateInputStyle[] = ['iso', 'dmy', 'dmy-padded', 'dmy-slash', 'long-nl', 'short-nl', 'long-en', 'short-en', 'us-en'];

const SHORT_NL = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Writes a partial date in one style at its own precision ("2023-03" → "mrt 2023", "3-2023", "March 2023"…). */
export function formatDateInput(value: PartialDate, style: DateInputStyle): string {
  if (style === 'iso' || value.length === 4) return value;
  const year = value.slice(0, 4);
  const month = Number(value.slice(5, 7));
  const day = value.length === 10 ? Number(value.slice(8, 10)) : null;
  const monthWord = {
    'long-nl': FULL.nl[month - 1]!,
    'short-nl': SHORT_NL[month - 1]!,
    'long-en': capital(FULL.en[month - 1]!),
    'short-en': capital(FULL.en[month - 1]!.slice(0, 3)),
    'us-en': capital(FULL.en[month - 1]!),
  }[style as 'long-nl'];
  switch (style) {
    case 'dmy':
      return day === null ? `${month}-${year}` : `${day}-${month}-${year}`;
    case 'dmy-padded':
      return day === null ? `${pad(month)}-${year}` : `${pad(day)}-${pad(month)}-${year}`;
    case 'dmy-slash':
      return day === null ? `${month}/${year}` : `${day}/${month}/${year}`;
    case 'us-en':
      return day === null ? `${monthWord} ${year}` : `${monthWord} ${day}, ${year}`;
    default:
      return day === null ? `${monthWord} ${year}` : `${day} ${monthWord} ${year}`;
  }
}

/** How the form shows a stored date for editing: "01-03-2023", "03-2023", "2023" (read back unchanged). */
export const toDateInputText = (value: PartialDate | null | undefined): string => (value ? formatDateInput(value, 'dmy-padded') : '');

/**
 * The API value of what was typed: the partial date when it reads, otherwise
 * the text as typed (so the schema refuses it and names the field), null when empty.
 */
export function dateInputToValue(text: string, options: ParseDateInputOptions = {}): PartialDate | null {
  const result = parseDateInput(text, options);
  if (result.ok) return result.value;
  return result.reason === 'empty' ? null : text.trim();
}
