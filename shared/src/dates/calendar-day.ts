import type { Period } from '../schemas/agreement.ts';

/**
 * Calendar-day arithmetic on "YYYY-MM-DD" strings. Days are counted as
 * integers (days since 1970-01-01), never as instants, so no time zone or
 * DST transition can ever shift a date: a calendar day in Europe/Amsterdam
 * is the same string everywhere.
 */
export type CalendarDay = string;

function parts(day: CalendarDay): [number, number, number] {
  // Digit arithmetic: "2026-09-30" → [2026, 9, 30] without intermediate strings (48 = "0").
  return [
    day.charCodeAt(0) * 1000 + day.charCodeAt(1) * 100 + day.charCodeAt(2) * 10 + day.charCodeAt(3) - 48 * 1111,
    day.charCodeAt(5) * 10 + day.charCodeAt(6) - 48 * 11,
    day.charCodeAt(8) * 10 + day.charCodeAt(9) - 48 * 11,
  ];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

// Months and days of month, "01" … "31": makeDay runs for every computed date (padStart was a visible cost).
const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => pad(i));

/** Builds a day string from year, month (1–12) and day of month. */
export function makeDay(year: number, month: number, day: number): CalendarDay {
  const y = year >= 1000 && year <= 9999 ? String(year) : pad(year, 4);
  return `${y}-${TWO_DIGITS[month] ?? pad(month)}-${TWO_DIGITS[day] ?? pad(day)}`;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function monthLength(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

// Integer day counting (H. Hinnant's days_from_civil / civil_from_days): no Date objects, no time zones.
/** Number of days since 1970-01-01 (negative before). */
export function toEpochDay(day: CalendarDay): number {
  const [y0, m, d] = parts(day);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day with the given epoch-day number. */
export function fromEpochDay(n: number): CalendarDay {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return makeDay(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** Adds (or with a negative count subtracts) whole days. */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  return fromEpochDay(toEpochDay(day) + count);
}

/** Adds whole months; a day that does not exist in the target month clamps to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: CalendarDay, count: number): CalendarDay {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + count;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return makeDay(year, month, Math.min(d, monthLength(year, month)));
}

/** Adds `times` × a period (day, week, month or year); negative `times` subtracts. */
export function addPeriod(day: CalendarDay, period: Period, times = 1): CalendarDay {
  const n = period.value * times;
  switch (period.unit) {
    case 'day':
      return addDays(day, n);
    case 'week':
      return addDays(day, n * 7);
    case 'month':
      return addMonths(day, n);
    case 'year':
      return addMonths(day, n * 12);
  }
}

/**
 * Last day of a period that starts on `start` (both days included): the day
 * before the same day `times` periods later, or the last day of the target
 * month when it has no such day. 01-01 + 1 month ends 31-01; 31-01 + 1 month
 * ends 28-02 (29-02 in a leap year).
 */
export function lastDayOfPeriod(start: CalendarDay, period: Period, times = 1): CalendarDay {
  const target = addPeriod(start, period, times);
  const clamped = (period.unit === 'month' || period.unit === 'year') && Number(target.slice(8, 10)) < Number(start.slice(8, 10));
  return clamped ? target : addDays(target, -1);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** The shortest and longest a period can be in days (a month is 28–31 days, a year 365–366). */
export function periodDayBounds(period: Period): { min: number; max: number } {
  switch (period.unit) {
    case 'day':
      return { min: period.value, max: period.value };
    case 'week':
      return { min: period.value * 7, max: period.value * 7 };
    case 'month':
      return { min: period.value * 28, max: period.value * 31 };
    case 'year':
      return { min: period.value * 365, max: period.value * 366 };
  }
}

/** The earlier of two days. */
export function minDay(a: CalendarDay, b: CalendarDay): CalendarDay {
  return a <= b ? a : b;
}

/** The later of two days. */
export function maxDay(a: CalendarDay, b: CalendarDay): CalendarDay {
  return a >= b ? a : b;
}
