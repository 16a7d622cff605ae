import { z } from 'zod';

/**
 * A calendar date known to year, month or day precision, written as
 * "YYYY", "YYYY-MM" or "YYYY-MM-DD". "2019" stays "2019": nothing here
 * pretends to know more than the source did.
 */
export type PartialDate = string;
export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the text is a real partial date (no 2023-02-30, no month 13). */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1800 || year > 2200) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The precision a partial date carries. */
export function precisionOf(value: PartialDate): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** First calendar day the partial date can stand for ("2019" → "2019-01-01"). */
export function earliestDay(value: PartialDate): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** Last calendar day the partial date can stand for ("2019-02" → "2019-02-28"). */
export function latestDay(value: PartialDate): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const y = Number(value.slice(0, 4));
    const m = Number(value.slice(5, 7));
    // Month lengths without a Date object for ordinary "YYYY-MM" (every stored one); anything else as before.
    if (value[4] === '-' && y >= 1000 && m >= 1 && m <= 12) return `${value}-${m === 2 && isLeapYear(y) ? 29 : MONTH_LENGTHS[m - 1]}`;
    const [year, month] = value.split('-').map(Number) as [number, number];
    return `${value}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
  }
  return value;
}

export const partialDateSchema = z
  .string()
  .refine(isPartialDate, { message: 'Gebruik JJJJ, JJJJ-MM of JJJJ-MM-DD met een bestaande datum' })
  .describe('Calendar date with precision: YYYY, YYYY-MM or YYYY-MM-DD');

export const isoDaySchema = z
  .string()
  .refine((v) => v.length === 10 && isPartialDate(v), { message: 'Gebruik JJJJ-MM-DD met een bestaande datum' })
  .describe('Calendar day YYYY-MM-DD (Europe/Amsterdam)');
