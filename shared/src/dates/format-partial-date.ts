import type { PartialDate } from './partial-date.ts';

/** Languages the shared text helpers render. */
export type Locale = 'nl' | 'en';

const MONTHS: Record<Locale, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Formats a partial date at its own precision: nl "30-09-2026" / "september 2026" / "2026", en "30 Sep 2026" / "September 2026" / "2026". */
export function formatPartialDate(value: PartialDate | null, locale: Locale): string {
  if (value === null) return locale === 'nl' ? 'onbekend' : 'unknown';
  const year = value.slice(0, 4);
  if (value.length === 4) return year;
  const monthName = MONTHS[locale][Number(value.slice(5, 7)) - 1] ?? value.slice(5, 7);
  if (value.length === 7) return `${monthName} ${year}`;
  if (locale === 'nl') return `${value.slice(8, 10)}-${value.slice(5, 7)}-${year}`;
  return `${Number(value.slice(8, 10))} ${monthName.slice(0, 3)} ${year}`;
}

/** Formats "somewhere between two days": nl "tussen 01-10-2025 en 30-09-2026", en "between 1 Oct 2025 and 30 Sep 2026". */
export function formatDayRange(earliest: string, latest: string, locale: Locale): string {
  const [from, to] = [formatPartialDate(earliest, locale), formatPartialDate(latest, locale)];
  return locale === 'nl' ? `tussen ${from} en ${to}` : `between ${from} and ${to}`;
}
