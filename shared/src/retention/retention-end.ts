import type { PartialDate } from '../dates/partial-date.ts';

/**
 * The day an agreement ended, for its retention (decision 062): the
 * termination date when it was ended by notice, else the end of its current
 * (or last) term as the lifecycle engine derived it. An indefinite or
 * unknown term has no end: no destruction date, never a guess.
 */
export function retentionEndOf(a: { terminationDate: PartialDate | null; currentTermEnd: PartialDate | null }): PartialDate | null {
  return a.terminationDate ?? a.currentTermEnd ?? null;
}
