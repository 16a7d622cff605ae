import type { CalendarDay } from '../dates/calendar-day.ts';
import { addDays, addPeriod, daysBetween, lastDayOfPeriod, periodDayBounds } from '../dates/calendar-day.ts';
import type { DaySpan } from '../dates/date-span.ts';
import { mapSpan, spanOf } from '../dates/date-span.ts';
import type { Period } from '../schemas/agreement.ts';
import type { DateStep, ExplanationNote, ExplanationTerm } from './explanation.ts';
import type { LifecycleInput } from './lifecycle-types.ts';
import { makeDateStep, startTerm } from './date-steps.ts';
import { computeEndAfterNotice, computeNoticeDeadline } from './notice-deadline.ts';

const ONE_DAY: Period = { value: 1, unit: 'day' };

/** The shape of an agreement's terms, independent of the reference date. */
export interface TermStructure {
  indefinite: boolean;
  start: DaySpan | null;
  /** End of the initial term (fixed terms); null when indefinite or unknown. */
  initialEnd: DaySpan | null;
  initialEndStep: DateStep | null;
  /** Renewal period when the agreement renews tacitly and the period is known. */
  renewal: Period | null;
  /** Tacit renewal is agreed but its period is unknown: terms after the first cannot be placed. */
  renewalPeriodMissing: boolean;
  /** Index of the last term that can exist (0 = no renewals); null = unlimited. */
  lastTerm: number | null;
  /** An end that cuts the sequence short (recorded termination, or notice on an indefinite term). */
  cutOff: DaySpan | null;
  cutOffStep: DateStep | null;
  /** Notice was given but the end it leads to cannot be computed. */
  cutOffUnknown: boolean;
  notesOnLastTerm: ExplanationNote[];
}

/** One term located for a reference date. */
export interface LocatedTerm {
  index: number;
  start: DaySpan | null;
  startStep: DateStep | null;
  end: DaySpan | null;
  endStep: DateStep | null;
  isFinal: boolean;
}

/**
 * Terms explaining "last day of a period from a start": normally "+ period − 1 day";
 * when the target month lacks the start's day (31-01 + 1 month) the end is that
 * month's last day, which the note says instead of a misleading "− 1 day".
 */
function periodEndTerms(start: DaySpan, period: Period, times: number, lead: ExplanationTerm[]): { terms: ExplanationTerm[]; notes: ExplanationNote[] } {
  const clamped = [start.earliest, start.latest].some((d) => lastDayOfPeriod(d, period, times) === addPeriod(d, period, times));
  if (clamped) return { terms: lead, notes: ['month_end'] };
  return { terms: [...lead, { op: 'minus', label: 'oneDay', period: ONE_DAY }], notes: [] };
}

function initialEndOf(input: LifecycleInput, start: DaySpan | null): { span: DaySpan; step: DateStep } | null {
  if (input.endDate) {
    const span = spanOf(input.endDate);
    return { span, step: makeDateStep('initial_term_end', span, [startTerm('endDate', span)]) };
  }
  if (input.initialTermMonths && start) {
    const period: Period = { value: input.initialTermMonths, unit: 'month' };
    const span = mapSpan(start, (d) => lastDayOfPeriod(d, period));
    const { terms, notes } = periodEndTerms(start, period, 1, [startTerm('startDate', start), { op: 'plus', label: 'initialTerm', period }]);
    return { span, step: makeDateStep('initial_term_end', span, terms, notes) };
  }
  return null;
}

/** End of term `index` (0 = initial); renewals are anchored on the day after the initial end so month ends stay month ends. */
export function termEndAt(s: TermStructure, index: number): DaySpan {
  const initialEnd = s.initialEnd as DaySpan;
  if (index === 0 || !s.renewal) return initialEnd;
  const renewal = s.renewal;
  return mapSpan(initialEnd, (d) => lastDayOfPeriod(addDays(d, 1), renewal, index));
}

/** First term index whose end satisfies `reached`, searching from a safe lower-bound estimate. */
function firstTermWhere(s: TermStructure, approxDay: CalendarDay, reached: (end: DaySpan) => boolean, cap: number | null): number {
  const initialEnd = s.initialEnd as DaySpan;
  let index = 0;
  if (s.renewal && approxDay > initialEnd.latest) {
    index = Math.max(0, Math.ceil(daysBetween(initialEnd.latest, approxDay) / periodDayBounds(s.renewal).max) - 1);
    if (cap !== null) index = Math.min(index, cap);
  }
  const limit = s.renewal ? cap : 0;
  while ((limit === null || index < limit) && !reached(termEndAt(s, index))) index += 1;
  return index;
}

function cutOffOf(input: LifecycleInput, indefinite: boolean): { span: DaySpan; step: DateStep } | 'unknown' | null {
  if (input.terminationDate) {
    const span = spanOf(input.terminationDate);
    return { span, step: makeDateStep('current_term_end', span, [startTerm('terminationDate', span)], ['termination_recorded']) };
  }
  if (!indefinite || !input.noticeGivenDate) return null;
  if (!input.noticePeriod) return 'unknown';
  const period = input.noticePeriod;
  const given = spanOf(input.noticeGivenDate);
  const span = mapSpan(given, (d) => computeEndAfterNotice(d, period));
  const terms: ExplanationTerm[] = [startTerm('noticeGivenDate', given), { op: 'plus', label: 'noticePeriod', period }];
  return { span, step: makeDateStep('current_term_end', span, terms, ['notice_given']) };
}

/** Reads the term rules (fixed, duration, indefinite, tacit renewal, notice given) from the stored facts. */
export function describeTerms(input: LifecycleInput): TermStructure {
  const indefinite = input.termKind === 'indefinite';
  const start = input.startDate ? spanOf(input.startDate) : null;
  const initial = indefinite ? null : initialEndOf(input, start);
  const renews = !indefinite && input.tacitRenewal === true;
  const cut = cutOffOf(input, indefinite);
  const s: TermStructure = {
    indefinite,
    start,
    initialEnd: initial?.span ?? null,
    initialEndStep: initial?.step ?? null,
    renewal: renews ? input.renewalPeriod : null,
    renewalPeriodMissing: renews && !input.renewalPeriod,
    lastTerm: renews ? (input.maxRenewals ?? null) : 0,
    cutOff: cut && cut !== 'unknown' ? cut.span : null,
    cutOffStep: cut && cut !== 'unknown' ? cut.step : null,
    cutOffUnknown: cut === 'unknown',
    notesOnLastTerm: [],
  };
  if (renews && s.lastTerm !== null) s.notesOnLastTerm.push('max_renewals_reached');
  if (!s.initialEnd || !renews) return s;
  if (s.cutOff) {
    const cutOff = s.cutOff;
    s.lastTerm = s.renewal ? firstTermWhere(s, cutOff.earliest, (end) => end.latest >= cutOff.earliest, s.lastTerm) : 0;
  } else if (input.noticeGivenDate) {
    // Notice ends the first term whose deadline it met (or, without a notice period, the term it fell in).
    const given = spanOf(input.noticeGivenDate).latest;
    const period = input.noticePeriod;
    const met = (end: DaySpan) => (period ? computeNoticeDeadline(end.latest, period) : end.latest) >= given;
    if (s.renewal) s.lastTerm = firstTermWhere(s, given, met, s.lastTerm);
    else if (met(s.initialEnd)) s.lastTerm = 0;
    if (s.lastTerm !== null) s.notesOnLastTerm = ['notice_given'];
  }
  return s;
}

function termStartStep(s: TermStructure, index: number): { span: DaySpan; step: DateStep } | null {
  if (index === 0) return s.start ? { span: s.start, step: makeDateStep('current_term_start', s.start, [startTerm('startDate', s.start)]) } : null;
  const previous = termEndAt(s, index - 1);
  const span = mapSpan(previous, (d) => addDays(d, 1));
  return { span, step: makeDateStep('current_term_start', span, [startTerm('previousTermEnd', previous), { op: 'plus', label: 'oneDay', period: ONE_DAY }]) };
}

function renewedEndStep(s: TermStructure, index: number, span: DaySpan): DateStep {
  const initialEnd = s.initialEnd as DaySpan;
  const renewal = s.renewal as Period;
  const simple = mapSpan(initialEnd, (d) => addPeriod(d, renewal, index));
  const renewalTerm: ExplanationTerm = { op: 'plus', label: 'renewalPeriod', period: renewal, times: index };
  if (simple.earliest === span.earliest && simple.latest === span.latest) {
    return makeDateStep('current_term_end', span, [startTerm('initialTermEnd', initialEnd), renewalTerm]);
  }
  // Month ends: count from the day after the initial end so "last day of the month" terms stay exact.
  const anchor = mapSpan(initialEnd, (d) => addDays(d, 1));
  const lead: ExplanationTerm[] = [startTerm('initialTermEnd', initialEnd), { op: 'plus', label: 'oneDay', period: ONE_DAY }, renewalTerm];
  const { terms, notes } = periodEndTerms(anchor, renewal, index, lead);
  return makeDateStep('current_term_end', span, terms, notes);
}

function relabel(step: DateStep | null): DateStep | null {
  return step ? { ...step, kind: 'current_term_end' } : null;
}

/**
 * The term in force (or, once everything has ended, the last one) on `on`;
 * null when the stored facts cannot place it.
 */
export function locateTerm(s: TermStructure, on: CalendarDay): LocatedTerm | null {
  if (s.cutOffUnknown) return null;
  if (s.indefinite) {
    const startStep = s.start ? makeDateStep('current_term_start', s.start, [startTerm('startDate', s.start)]) : null;
    return { index: 0, start: s.start, startStep, end: s.cutOff, endStep: s.cutOffStep, isFinal: s.cutOff !== null };
  }
  if (!s.initialEnd) return null;
  if (s.renewalPeriodMissing && on > s.initialEnd.latest && s.lastTerm !== 0) return null;
  const index = firstTermWhere(s, on, (end) => end.latest >= on, s.lastTerm);
  const renews = s.renewal !== null || s.renewalPeriodMissing;
  const isFinal = !renews || (s.lastTerm !== null && index >= s.lastTerm);
  let end = termEndAt(s, index);
  let endStep = index === 0 ? relabel(s.initialEndStep) : renewedEndStep(s, index, end);
  if (isFinal && s.cutOff && s.cutOffStep) {
    end = s.cutOff;
    endStep = s.cutOffStep;
  } else if (isFinal && renews && endStep && s.notesOnLastTerm.length > 0) {
    endStep = { ...endStep, notes: [...(endStep.notes ?? []), ...s.notesOnLastTerm] };
  }
  const started = termStartStep(s, index);
  return { index, start: started?.span ?? null, startStep: started?.step ?? null, end, endStep, isFinal };
}
