import type { PartialDate } from './partial-date.ts';

/** Languages the shared text helpers render. */
export type Locale = 'nl' | 'en';

/**
 * How wide a date is written: `sentence` in texts, e-mails and feeds (nl "30-09-2026", en "30 September 2026"),
 * `long` on pages (nl "30 september 2026", en "30 September 2026"), `short` in dense tables (nl "30 sep. 2026",
 * en "30 Sep 2026"). English reads the same in the interface and in its e-mails: day, month name, year.
 */
export type DateWidth = 'sentence' | 'long' | 'short';

const MONTHS: Record<Locale, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const MONTHS_SHORT: Record<Locale, string[]> = {
  nl: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/**
 * Formats a partial date at its own precision, never more precise than it is: "2026" stays "2026", a month is
 * "september 2026" / "September 2026", a day as `width` says (see DateWidth; default `sentence`).
 */
export function formatPartialDate(value: PartialDate | null, locale: Locale, width: DateWidth = 'sentence'): string {
  if (value === null) return locale === 'nl' ? 'onbekend' : 'unknown';
  const year = value.slice(0, 4);
  if (value.length === 4) return year;
  const month = Number(value.slice(5, 7)) - 1;
  const monthName = (width === 'short' ? MONTHS_SHORT : MONTHS)[locale][month] ?? value.slice(5, 7);
  if (value.length === 7) return `${monthName} ${year}`;
  if (locale === 'nl' && width === 'sentence') return `${value.slice(8, 10)}-${value.slice(5, 7)}-${year}`;
  return `${Number(value.slice(8, 10))} ${monthName} ${year}`;
}

/** Formats "somewhere between two days": nl "tussen 01-10-2025 en 30-09-2026", en "between 1 October 2025 and 30 September 2026". */
export function formatDayRange(earliest: string, latest: string, locale: Locale): string {
  const [from, to] = [formatPartialDate(earliest, locale), formatPartialDate(latest, locale)];
  return locale === 'nl' ? `tussen ${from} en ${to}` : `between ${from} and ${to}`;
}
