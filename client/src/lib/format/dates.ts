import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
import { enUS } from 'date-fns/locale/en-US';
import { precisionOf, type PartialDate } from '@akkoord/shared/dates/partial-date';
import type { Language } from '../i18n/types.ts';

const LOCALES = { nl, en: enUS } as const;

/**
 * A partial date as precisely as it is known, never more: "2019" → "2019",
 * "2019-03" → "maart 2019", "2019-03-05" → "5 maart 2019". `null` gives null
 * so that the caller shows its own "onbekend".
 */
export function formatPartialDate(value: PartialDate | null | undefined, lang: Language): string | null {
  if (!value) return null;
  const locale = LOCALES[lang];
  switch (precisionOf(value)) {
    case 'year':
      return value;
    case 'month':
      return format(parseISO(`${value}-01`), 'LLLL yyyy', { locale });
    default:
      return format(parseISO(value), 'd MMMM yyyy', { locale });
  }
}

/** A short day for dense tables: "5 mrt. 2019" / "Mar 5, 2019"; partial dates keep their precision. */
export function formatPartialDateShort(value: PartialDate | null | undefined, lang: Language): string | null {
  if (!value) return null;
  const locale = LOCALES[lang];
  switch (precisionOf(value)) {
    case 'year':
      return value;
    case 'month':
      return format(parseISO(`${value}-01`), 'LLL yyyy', { locale });
    default:
      return format(parseISO(value), 'd MMM yyyy', { locale });
  }
}

/** A timestamp (ISO instant) as a local date and time. */
export function formatDateTime(value: string, lang: Language): string {
  return format(new Date(value), 'd MMMM yyyy HH:mm', { locale: LOCALES[lang] });
}

/** Today's calendar day in Europe/Amsterdam as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
