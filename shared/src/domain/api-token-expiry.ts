import { addMonths, toEpochDay, type CalendarDay } from '../dates/calendar-day.ts';

/** The latest day a new API token may run to: one year from today (29 February → 28 February). */
export function latestApiTokenExpiry(today: CalendarDay): CalendarDay {
  return addMonths(today, 12);
}

/** Why a token's last day is not allowed (`not_after_today`, `beyond_one_year`), or null when it is. */
export function apiTokenExpiryProblem(expiresOn: CalendarDay, today: CalendarDay): 'not_after_today' | 'beyond_one_year' | null {
  if (toEpochDay(expiresOn) <= toEpochDay(today)) return 'not_after_today';
  if (toEpochDay(expiresOn) > toEpochDay(latestApiTokenExpiry(today))) return 'beyond_one_year';
  return null;
}

/** Whether a token with this last day still works on `today` (it works through the whole of its last day). */
export function isApiTokenExpired(expiresOn: CalendarDay, today: CalendarDay): boolean {
  return expiresOn < today;
}
