import { daysBetween } from '@akkoord/shared/dates/calendar-day';
import { toPartialDate, type DaySpan } from '@akkoord/shared/dates/date-span';
import type { PartialDate } from '@akkoord/shared/dates/partial-date';
import { analyseLifecycle } from '@akkoord/shared/lifecycle/analyse-lifecycle';
import type { DateStep, ExplanationStep } from '@akkoord/shared/lifecycle/explanation';
import type { DeadlineKind, ReminderRules } from '@akkoord/shared/schemas/reminders';
import type { LifecycleInput } from '@akkoord/shared/lifecycle/compute-lifecycle';
import type { PlanningRow } from './reminders.repo.ts';
import { deadlineStateStep, isDeadlineHandled, type HandlingSubject } from '@akkoord/shared/lifecycle/deadline-handling';
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
  /** Where the workflow stands for this date ("verlenging gestart — besluit vóór …"), when it adds something. */
  state: 'awaiting_decision' | null;
  explanation: ExplanationStep[];
}

/** Where the row stands in the workflow, for the shared rule on handled deadlines. */
export function handlingOf(row: Pick<PlanningRow, 'workflowState' | 'decision'>): HandlingSubject {
  return { workflowState: row.workflowState as HandlingSubject['workflowState'], decision: (row.decision ?? null) as HandlingSubject['decision'] };
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
  const handling = handlingOf(row);
  const stateStep = deadlineStateStep(handling, a.deadlineStep?.result ?? null);
  const term = a.term;
  const termEndStep = term?.endStep ?? null;
  // A later term's end is explained from the initial term's end (as the engine's own explanation does).
  const termSteps: ExplanationStep[] = [...(term && term.index > 0 && a.structure.initialEndStep ? [a.structure.initialEndStep] : []), ...(termEndStep ? [termEndStep] : [])];
  const candidates: Candidate[] = [
    {
      kind: 'notice_deadline',
      span: a.deadline,
      step: a.deadlineStep,
      explanation: [...(stateStep ? [stateStep] : []), ...(termEndStep ? [termEndStep] : []), ...(a.deadlineStep ? [a.deadlineStep] : [])],
    },
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
    if (isDeadlineHandled(c.kind, handling)) {
      handled++;
      continue;
    }
    due.push({
      kind: c.kind,
      day: c.span.earliest,
      value: c.step ? c.step.result : toPartialDate(c.span),
      latest: c.span.latest,
      daysLeft,
      offset,
      state: c.kind === 'notice_deadline' && stateStep ? 'awaiting_decision' : null,
      explanation: c.explanation,
    });
  }
  return { due, handled };
}
