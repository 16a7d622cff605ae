import type { AgreementStatus } from '../domain/enums.ts';
import type { CalendarDay } from '../dates/calendar-day.ts';
import { daysBetween } from '../dates/calendar-day.ts';
import type { DaySpan } from '../dates/date-span.ts';
import { spanOf } from '../dates/date-span.ts';
import type { DateStep, ExplanationNote, StatusReason, StatusStep } from './explanation.ts';
import type { LifecycleInput } from './lifecycle-types.ts';
import { effectiveLeadDays, leadWindowFor } from './lead-times.ts';
import { computeTerminationEnd } from './termination.ts';
import { describeSpan, makeDateStep, startTerm } from './date-steps.ts';
import { computeNoticeDeadlineSpan } from './notice-deadline.ts';
import type { LocatedTerm, TermStructure } from './term-structure.ts';
import { describeTerms, locateTerm, termEndAt } from './term-structure.ts';

/** Everything the engine works out for one agreement on one reference date, with day spans intact. */
export interface LifecycleAnalysis {
  on: CalendarDay;
  leadDays: number[];
  structure: TermStructure;
  term: LocatedTerm | null;
  deadline: DaySpan | null;
  deadlineStep: DateStep | null;
  review: DaySpan | null;
  reviewStep: DateStep | null;
  status: AgreementStatus;
  statusStep: StatusStep;
}

export { effectiveLeadDays } from './lead-times.ts';

function noticeDeadlineOf(input: LifecycleInput, term: LocatedTerm | null): { span: DaySpan; step: DateStep } | null {
  if (!term?.end || !input.noticePeriod || input.termKind === 'indefinite') return null;
  if (input.noticeGivenDate || input.terminationDate) return null;
  const renewalUnknown = input.tacitRenewal === null;
  // A final term ends by itself; when nobody knows whether it renews, the deadline is shown to be safe.
  if (term.isFinal && !renewalUnknown) return null;
  const span = computeNoticeDeadlineSpan(term.end, input.noticePeriod);
  const notes: ExplanationNote[] = renewalUnknown ? ['tacit_renewal_unknown'] : [];
  const terms = [startTerm('currentTermEnd', term.end), { op: 'minus' as const, label: 'noticePeriod' as const, period: input.noticePeriod }];
  return { span, step: makeDateStep('notice_deadline', span, terms, notes) };
}

function statusStep(status: AgreementStatus, reason: StatusReason, on: CalendarDay, date?: DaySpan, leadDays?: number): StatusStep {
  const step: StatusStep = { kind: 'status', status, reason, on };
  if (date) {
    const { value, bounds } = describeSpan(date);
    step.date = value;
    if (bounds) step.dateBounds = bounds;
  }
  if (leadDays !== undefined) step.leadDays = leadDays;
  return step;
}

function decideStatus(input: LifecycleInput, a: Omit<LifecycleAnalysis, 'status' | 'statusStep'>): StatusStep {
  const { on, term, deadline } = a;
  const workflow = input.workflowState;
  if (workflow === 'draft') return statusStep('draft', 'workflow_draft', on);
  if (workflow === 'renewed') return statusStep('renewed', 'workflow_renewed', on);
  if (workflow === 'terminated') {
    // Notice given: in force until its last day, then ended.
    const lastDay = input.terminationDate ? spanOf(input.terminationDate) : term?.isFinal ? term.end : null;
    if (lastDay && on <= lastDay.latest) return statusStep('active', 'notice_given_runs_until', on, lastDay);
    return statusStep('terminated', 'workflow_terminated', on, lastDay ?? undefined);
  }
  const inRenewal = workflow === 'in_renewal';
  if (!term) return inRenewal ? statusStep('in_renewal', 'workflow_in_renewal', on) : statusStep('unknown_dates', 'missing_dates', on);
  if (!term.end) return inRenewal ? statusStep('in_renewal', 'workflow_in_renewal', on) : indefiniteStatus(input, a);
  if (term.isFinal && on > term.end.latest) return statusStep('expired', 'term_ended', on, term.end);
  if (inRenewal) return statusStep('in_renewal', 'workflow_in_renewal', on);
  // Only a known tacit renewal is said to renew (when nobody knows, the deadline is shown "to be safe" as before),
  // and only with a deadline the register can show: its badge (statusLabelOf) reads the same columns.
  const renews = input.tacitRenewal === true && a.deadlineStep?.result != null;
  if (deadline && on > deadline.latest) return statusStep('notice_period', renews ? 'renewal_locked_in' : 'notice_deadline_passed', on, deadline);
  // The window the date is in, from the same function the alerts use: the explanation names the lead time the alert names.
  const longest = a.leadDays[0] ?? 0;
  if (deadline) {
    const lead = leadWindowFor(a.leadDays, daysBetween(on, deadline.earliest));
    if (lead !== null) return statusStep('expiring', renews ? 'renews_unless_notice' : 'within_lead_time', on, deadline, lead);
  }
  const endLead = leadWindowFor(a.leadDays, daysBetween(on, term.end.earliest));
  if (endLead !== null) return statusStep('expiring', 'within_lead_time', on, term.end, endLead);
  return statusStep('active', 'outside_lead_time', on, deadline ?? term.end, longest);
}

/** An indefinite term: notice can be given any day; the step says when notice given today would end it. */
function indefiniteStatus(input: LifecycleInput, a: Omit<LifecycleAnalysis, 'status' | 'statusStep'>): StatusStep {
  if (!a.structure.indefinite || input.noticeGivenDate || input.terminationDate) return statusStep('active', 'indefinite_term', a.on);
  const { span } = computeTerminationEnd(input, a.on);
  return span ? statusStep('active', 'indefinite_term', a.on, span) : statusStep('active', 'indefinite_term_notice_unknown', a.on);
}

/** Works out the current term, notice deadline, review date and status of an agreement on `on`. */
export function analyseLifecycle(input: LifecycleInput, on: CalendarDay): LifecycleAnalysis {
  const structure = describeTerms(input);
  const term = locateTerm(structure, on);
  const notice = noticeDeadlineOf(input, term);
  const review = input.reviewDate ? spanOf(input.reviewDate) : null;
  const base = {
    on,
    leadDays: effectiveLeadDays(input.alertLeadDays),
    structure,
    term,
    deadline: notice?.span ?? null,
    deadlineStep: notice?.step ?? null,
    review,
    reviewStep: review ? makeDateStep('next_review', review, [startTerm('reviewDate', review)]) : null,
  };
  const step = decideStatus(input, base);
  // Spelled out rather than `{ ...base, … }`: the spread copy cost more than the rest of the analysis.
  return {
    on: base.on,
    leadDays: base.leadDays,
    structure: base.structure,
    term: base.term,
    deadline: base.deadline,
    deadlineStep: base.deadlineStep,
    review: base.review,
    reviewStep: base.reviewStep,
    status: step.status,
    statusStep: step,
  };
}

/** Latest day the agreement can run: the final term's end, or null when it renews without limit or is indefinite. */
export function latestPossibleEnd(a: LifecycleAnalysis): CalendarDay | null {
  const { term, structure } = a;
  if (!term?.end) return null;
  if (term.isFinal) return term.end.latest;
  if (structure.lastTerm === null || !structure.renewal || !structure.initialEnd) return null;
  return structure.cutOff?.latest ?? termEndAt(structure, structure.lastTerm).latest;
}
