import { daysBetween } from '@akkoord/shared/dates/calendar-day';
import { earliestDay, latestDay, type PartialDate } from '@akkoord/shared/dates/partial-date';
import { computeLifecycle } from '@akkoord/shared/lifecycle/compute-lifecycle';
import type { DateStep, DateStepKind, ExplanationStep } from '@akkoord/shared/lifecycle/explanation';
import type { DeadlineKind, ReminderRules } from '@akkoord/shared/schemas/reminders';
import { lifecycleInputOf } from '../agreements/lifecycle-columns.ts';
import type { PlanningRow } from './reminders.repo.ts';
import { currentWindow } from './reminder-rules.ts';

/** A date of an agreement that a reminder is due for on the reference day. */
export interface DueDeadline {
  kind: DeadlineKind;
  /** Earliest possible day of the date: reminders count down to it (safe when only the month or year is known). */
  day: string;
  /** The date at the precision it is known (null when it cannot even be named to the year). */
  value: PartialDate | null;
  latest: string;
  daysLeft: number;
  /** The offset whose window today falls in. */
  offset: number;
  explanation: ExplanationStep[];
}

/** Deadline kinds a workflow state has already taken care of (renewal started: notice and term end are handled). */
export function isHandled(kind: DeadlineKind, workflowState: string): boolean {
  if (workflowState === 'renewed' || workflowState === 'terminated' || workflowState === 'draft') return true;
  return workflowState === 'in_renewal' && kind !== 'review';
}

const STEP_KINDS: Record<DeadlineKind, DateStepKind[]> = {
  notice_deadline: ['current_term_end', 'notice_deadline'],
  term_end: ['initial_term_end', 'current_term_end'],
  review: ['next_review'],
};

function stepsFor(kind: DeadlineKind, explanation: ExplanationStep[]): ExplanationStep[] {
  const wanted = STEP_KINDS[kind];
  return explanation.filter((s): s is DateStep => s.kind !== 'status' && s.kind !== 'data_gap' && s.kind !== 'message' && wanted.includes(s.kind));
}

function stepOf(kind: DateStepKind, explanation: ExplanationStep[]): DateStep | undefined {
  return explanation.find((s): s is DateStep => 'result' in s && s.kind === kind);
}

interface Candidate {
  kind: DeadlineKind;
  earliest: string | null;
  step: DateStep | undefined;
  fallback: PartialDate | null;
}

/**
 * The dates of one agreement that have a reminder due on `on` under `rules`,
 * with the lifecycle engine's explanation of each. Term ends count only when
 * the term ends by itself (no renewal) and no successor exists.
 */
export function findDueDeadlines(row: PlanningRow, on: string, rules: ReminderRules, hasSuccessor: boolean): { due: DueDeadline[]; handled: number } {
  const snapshot = computeLifecycle(lifecycleInputOf(row), on);
  const x = snapshot.explanation;
  const candidates: Candidate[] = [
    { kind: 'notice_deadline', earliest: snapshot.noticeDeadlineDay, step: stepOf('notice_deadline', x), fallback: snapshot.noticeDeadline },
    {
      kind: 'term_end',
      earliest: snapshot.isFinalTerm && !hasSuccessor ? snapshot.currentTermEndDay : null,
      step: stepOf('current_term_end', x),
      fallback: snapshot.currentTermEnd,
    },
    { kind: 'review', earliest: snapshot.nextReviewDate ? earliestDay(snapshot.nextReviewDate) : null, step: stepOf('next_review', x), fallback: snapshot.nextReviewDate },
  ];
  const offsets: Record<DeadlineKind, number[]> = { notice_deadline: rules.noticeOffsets, term_end: rules.termEndOffsets, review: rules.reviewOffsets };
  const due: DueDeadline[] = [];
  let handled = 0;
  for (const c of candidates) {
    if (!c.earliest) continue;
    const daysLeft = daysBetween(on, c.earliest);
    const offset = currentWindow(offsets[c.kind], daysLeft);
    if (offset === null) continue;
    if (isHandled(c.kind, row.workflowState)) {
      handled++;
      continue;
    }
    const value = c.step ? c.step.result : c.fallback;
    const latest = c.step?.bounds?.latest ?? (value ? latestDay(value) : c.earliest);
    due.push({ kind: c.kind, day: c.earliest, value, latest, daysLeft, offset, explanation: stepsFor(c.kind, x) });
  }
  return { due, handled };
}
