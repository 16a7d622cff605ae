import { formatPartialDate as formatShared } from '@akkoord/shared/dates/format-partial-date';
import type { PartialDate } from '@akkoord/shared/dates/partial-date';
import type { Language } from '../i18n/types.ts';

// Dates are written by the one formatter the server's e-mails and feeds use (shared/src/dates/format-partial-date.ts),
// so an English date reads the same on a page as in its reminder e-mail.

/**
 * A partial date as precisely as it is known, never more: "2019" → "2019",
 * "2019-03" → "maart 2019", "2019-03-05" → "5 maart 2019" / "5 March 2019". `null` gives null
 * so that the caller shows its own "onbekend".
 */
export function formatPartialDate(value: PartialDate | null | undefined, lang: Language): string | null {
  return value ? formatShared(value, lang, 'long') : null;
}

/** A short day for dense tables: "5 mrt. 2019" / "5 Mar 2019"; partial dates keep their precision. */
export function formatPartialDateShort(value: PartialDate | null | undefined, lang: Language): string | null {
  return value ? formatShared(value, lang, 'short') : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A timestamp (ISO instant) as a local date and time: "5 maart 2019 14:30" / "5 March 2019 14:30". */
export function formatDateTime(value: string, lang: Language): string {
  const d = new Date(value);
  return `${formatShared(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, lang, 'long')} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export { todayInAmsterdam } from './today.ts';
