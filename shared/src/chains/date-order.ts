import type { PartialDate } from '../dates/partial-date.ts';
import { earliestDay, latestDay } from '../dates/partial-date.ts';

/** How sure a finding is, given dates known only to year or month. */
export type Certainty = 'certain' | 'possible';

/**
 * Whether `a` lies before `b`, day by day: `certain` when every day `a` may
 * stand for precedes every day `b` may stand for, `possible` when some do,
 * null when none do ("2023" vs "2023" is `possible`; "2022" vs "2023" `certain`).
 */
export function compareBefore(a: PartialDate, b: PartialDate): Certainty | null {
  if (latestDay(a) < earliestDay(b)) return 'certain';
  if (earliestDay(a) < latestDay(b)) return 'possible';
  return null;
}
