import { DEFAULT_ALERT_LEAD_DAYS } from './lifecycle-types.ts';

/**
 * Lead times: how many days before a deadline Akkoord starts to warn. One
 * source for the alert (which window a deadline is in) and for the
 * explanation of the status (which says the same number), so the two never
 * disagree ("180 dagen" beside an alert "30 dagen").
 */

// Shared by every agreement without its own lead times; frozen so nobody changes it for all.
const SORTED_DEFAULT_LEAD_DAYS = Object.freeze([...DEFAULT_ALERT_LEAD_DAYS].sort((a, b) => b - a)) as number[];

/** Lead times in effect: the agreement's own (deduplicated, longest first) or the defaults. */
export function effectiveLeadDays(alertLeadDays: number[] | null): number[] {
  if (!alertLeadDays || alertLeadDays.length === 0) return SORTED_DEFAULT_LEAD_DAYS;
  return [...new Set(alertLeadDays)].sort((a, b) => b - a);
}

/** The shortest lead time whose window `daysLeft` falls in (longest first in `leadDays`), or null when the date is still further away. */
export function leadWindowFor(leadDays: readonly number[], daysLeft: number): number | null {
  let window: number | null = null;
  for (const lead of leadDays) if (daysLeft <= lead) window = lead;
  return window;
}
