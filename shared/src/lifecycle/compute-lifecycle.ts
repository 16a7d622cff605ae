import type { CalendarDay } from '../dates/calendar-day.ts';
import { minDay } from '../dates/calendar-day.ts';
import { toPartialDate } from '../dates/date-span.ts';
import type { ExplanationStep } from './explanation.ts';
import type { LifecycleInput, LifecycleSnapshot } from './lifecycle-types.ts';
import type { LifecycleAnalysis } from './analyse-lifecycle.ts';
import { analyseLifecycle, latestPossibleEnd } from './analyse-lifecycle.ts';

export type { LifecycleInput, LifecycleSnapshot } from './lifecycle-types.ts';
export { DEFAULT_ALERT_LEAD_DAYS } from './lifecycle-types.ts';

function explanationOf(a: LifecycleAnalysis): ExplanationStep[] {
  const steps: ExplanationStep[] = [];
  const term = a.term;
  if (term && term.index > 0 && a.structure.initialEndStep) steps.push(a.structure.initialEndStep);
  if (term?.startStep) steps.push(term.startStep);
  if (term?.endStep) steps.push(term.endStep);
  if (a.deadlineStep) steps.push(a.deadlineStep);
  if (a.reviewStep) steps.push(a.reviewStep);
  steps.push(a.statusStep);
  return steps;
}

function nextDeadlineDayOf(a: LifecycleAnalysis): CalendarDay | null {
  const open: CalendarDay[] = [];
  if (a.deadline && a.on <= a.deadline.latest) open.push(a.deadline.earliest);
  if (a.term?.end && a.on <= a.term.end.latest) open.push(a.term.end.earliest);
  if (a.review && a.on <= a.review.latest) open.push(a.review.earliest);
  return open.length === 0 ? null : open.reduce(minDay);
}

/**
 * Derives an agreement's status, current term, notice deadline and next
 * review for reference day `on` (YYYY-MM-DD), with an explanation of each.
 */
export function computeLifecycle(input: LifecycleInput, on: string): LifecycleSnapshot {
  return snapshotOf(input, analyseLifecycle(input, on));
}

/** The snapshot of an analysis already made (so that alerts and stored columns share one computation). */
export function snapshotOf(input: LifecycleInput, a: LifecycleAnalysis): LifecycleSnapshot {
  const snapshot = derivedOf(input, a) as LifecycleSnapshot;
  snapshot.leadDays = [...a.leadDays];
  snapshot.explanation = explanationOf(a);
  return snapshot;
}

/** The snapshot without its explanation and lead times: what the server stores as columns. */
export function derivedOf(input: LifecycleInput, a: LifecycleAnalysis): Omit<LifecycleSnapshot, 'explanation' | 'leadDays'> {
  const term = a.term;
  return {
    status: a.status,
    currentTermStart: term?.start ? toPartialDate(term.start) : null,
    currentTermEnd: term?.end ? toPartialDate(term.end) : null,
    noticeDeadline: a.deadline ? toPartialDate(a.deadline) : null,
    nextReviewDate: input.reviewDate,
    windowStartDay: a.structure.start?.earliest ?? term?.start?.earliest ?? null,
    windowEndDay: latestPossibleEnd(a),
    nextDeadlineDay: nextDeadlineDayOf(a),
    termNumber: term ? term.index : null,
    isFinalTerm: term?.isFinal ?? false,
    noticeDeadlineDay: a.deadline?.earliest ?? null,
    currentTermEndDay: term?.end?.earliest ?? null,
  };
}
