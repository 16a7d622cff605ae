import { isPartialDate, type PartialDate } from '../dates/partial-date.ts';
import { monthOfName } from '../dates/parse-date-input.ts';

/** A date found in running text, with where it stands. */
export interface FoundDate {
  value: PartialDate;
  index: number;
  end: number;
}

const MONTH = String.raw`(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)`;
const BEFORE = String.raw`(?<![\p{L}\d])`;
const pad = (n: number) => String(n).padStart(2, '0');

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number | null, number | null] }[] = [
  // 1 januari 2024, 1e januari 2024, 1 jan. 2024
  { re: new RegExp(String.raw`${BEFORE}(\d{1,2})(?:e|ste|de)?\s+${MONTH}\.?\s+(\d{4})(?!\d)`, 'giu'), read: (m) => [Number(m[3]), monthOfName(m[2]!), Number(m[1])] },
  // 01-01-2024, 1/1/2024, 1.1.2024 (the same separator twice)
  { re: new RegExp(String.raw`(?<![\p{L}\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)`, 'gu'), read: (m) => [Number(m[4]), Number(m[3]), Number(m[1])] },
  // 2024-01-01
  { re: new RegExp(String.raw`${BEFORE}(\d{4})-(\d{2})-(\d{2})(?!\d)`, 'gu'), read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // januari 2024 (month precision; a day before it is the first pattern's)
  { re: new RegExp(String.raw`${BEFORE}${MONTH}\.?\s+(\d{4})(?!\d)`, 'giu'), read: (m) => [Number(m[2]), monthOfName(m[1]!), null] },
];

/**
 * Every calendar date written in the text, Dutch style: "1 januari 2024",
 * "1 jan. 2024", "01-01-2024", "1/1/2024", "2024-01-01", and "juni 2025"
 * (month precision). Impossible dates (31 april) and two-digit years are not
 * dates. Sorted by position; where two readings overlap the longer wins.
 */
export function findDates(text: string): FoundDate[] {
  const taken: FoundDate[] = [];
  const covered = new Uint8Array(text.length);
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [year, month, day] = read(m);
      const value = month === null ? '' : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
      const index = m.index;
      const end = index + m[0].length;
      if (covered.subarray(index, end).includes(1)) continue;
      // An impossible date still takes its place: "31 april 2024" is not "april 2024".
      covered.fill(1, index, end);
      taken.push({ value: isPartialDate(value) ? value : '', index, end });
    }
  }
  return taken.filter((f) => f.value !== '').sort((a, b) => a.index - b.index);
}
