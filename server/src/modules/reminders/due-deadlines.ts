import { daysBetween } from '@akkoord/shared/dates/calendar-day';
import { toPartialDate, type DaySpan } from '@akkoord/shared/dates/date-span';
import type { PartialDate } from '@akkoord/shared/dates/partial-date';
import { analyseLifecycle } from '@akkoord/shared/lifecycle/analyse-lifecycle';
import type { DateStep, ExplanationStep } from '@akkoord/shared/lifecycle/explanation';
import type { DeadlineKind, ReminderRules } from '@akkoord/shared/schemas/reminders';
import type { LifecycleInput } from '@akkoord/shared/lifecycle/compute-lifecycle';
import type { PlanningRow } from './reminders.repo.ts';
import { currentWindow } from './reminder-rules.ts';
import { lifecycleInputOf } from '../agreements/lifecycle-columns.ts';

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

/** The lifecycle engine's input from a planning row (the same mapping as the stored derived columns use). */
export function planningLifecycleInput(row: PlanningRow): LifecycleInput {
  return lifecycleInputOf(row);
}

interface Candidate {
  kind: DeadlineKind;
  span: DaySpan | null;
  step: DateStep | null;
  explanation: ExplanationStep[];
}

/**
 * The dates of one agreement that have a reminder due on `on` under `rules`,
 * with the lifecycle engine's explanation of each. Term ends count only when
 * the term ends by itself (no renewal) and no successor exists.
 */
export function findDueDeadlines(row: PlanningRow, on: string, rules: ReminderRules, hasSuccessor: boolean): { due: DueDeadline[]; handled: number } {
  const a = analyseLifecycle(planningLifecycleInput(row), on);
  const term = a.term;
  const termEndStep = term?.endStep ?? null;
  // A later term's end is explained from the initial term's end (as the engine's own explanation does).
  const termSteps: ExplanationStep[] = [...(term && term.index > 0 && a.structure.initialEndStep ? [a.structure.initialEndStep] : []), ...(termEndStep ? [termEndStep] : [])];
  const candidates: Candidate[] = [
    { kind: 'notice_deadline', span: a.deadline, step: a.deadlineStep, explanation: [...(termEndStep ? [termEndStep] : []), ...(a.deadlineStep ? [a.deadlineStep] : [])] },
    { kind: 'term_end', span: term?.end && term.isFinal && !hasSuccessor ? term.end : null, step: termEndStep, explanation: termSteps },
    { kind: 'review', span: a.review, step: a.reviewStep, explanation: a.reviewStep ? [a.reviewStep] : [] },
  ];
  const offsets: Record<DeadlineKind, number[]> = { notice_deadline: rules.noticeOffsets, term_end: rules.termEndOffsets, review: rules.reviewOffsets };
  const due: DueDeadline[] = [];
  let handled = 0;
  for (const c of candidates) {
    if (!c.span) continue;
    const daysLeft = daysBetween(on, c.span.earliest);
    const offset = currentWindow(offsets[c.kind], daysLeft);
    if (offset === null) continue;
    if (isHandled(c.kind, row.workflowState)) {
      handled++;
      continue;
    }
    due.push({ kind: c.kind, day: c.span.earliest, value: c.step ? c.step.result : toPartialDate(c.span), latest: c.span.latest, daysLeft, offset, explanation: c.explanation });
  }
  return { due, handled };
}
