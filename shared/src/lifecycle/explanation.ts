import type { AgreementStatus } from '../domain/enums.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import type { CalendarDay } from '../dates/calendar-day.ts';
import type { Period } from '../schemas/agreement.ts';

/**
 * Structured explanations: every date the engine computes comes with the
 * steps that produced it, so the UI can render them in Dutch or English
 * ("opzegdatum 30-09-2026 = einde looptijd 31-12-2026 − opzegtermijn 3 maanden").
 */

/** Names of the dates that appear in explanations (stored facts and computed ones). */
export const DATE_LABELS = [
  'startDate',
  'endDate',
  'initialTermEnd',
  'previousTermEnd',
  'currentTermStart',
  'currentTermEnd',
  'noticeDeadline',
  'noticeGivenDate',
  'terminationDate',
  'reviewDate',
  'referenceDate',
] as const;
export type DateLabel = (typeof DATE_LABELS)[number];

/** Names of the periods that appear in explanations. */
export const PERIOD_LABELS = ['initialTerm', 'noticePeriod', 'renewalPeriod', 'leadTime', 'oneDay'] as const;
export type PeriodLabel = (typeof PERIOD_LABELS)[number];

/** Earliest and latest day when a value is not known to the day. */
export interface DayBounds {
  earliest: CalendarDay;
  latest: CalendarDay;
}

/** One operand of a date computation: a starting date, then periods added or subtracted. */
export type ExplanationTerm =
  { op: 'start'; label: DateLabel; value: PartialDate | null; bounds?: DayBounds } | { op: 'plus' | 'minus'; label: PeriodLabel; period: Period; times?: number };

/** Which computed date a step explains. */
export const DATE_STEP_KINDS = ['initial_term_end', 'current_term_start', 'current_term_end', 'notice_deadline', 'next_review', 'alert_from'] as const;
export type DateStepKind = (typeof DATE_STEP_KINDS)[number];

/** Caveats attached to a step (rendered as a short sentence after it). */
export const EXPLANATION_NOTES = [
  'precision_reduced',
  'tacit_renewal_unknown',
  'max_renewals_reached',
  'notice_given',
  'termination_recorded',
  'earliest_possible_day',
  'month_end',
] as const;
export type ExplanationNote = (typeof EXPLANATION_NOTES)[number];

/** Why the engine chose a status. */
export const STATUS_REASONS = [
  'workflow_draft',
  'workflow_renewed',
  'workflow_terminated',
  'notice_given_runs_until',
  'workflow_in_renewal',
  'missing_dates',
  'indefinite_term',
  'indefinite_term_notice_unknown',
  'outside_lead_time',
  'within_lead_time',
  'renews_unless_notice',
  'notice_deadline_passed',
  'renewal_locked_in',
  'term_ended',
] as const;
export type StatusReason = (typeof STATUS_REASONS)[number];

/** Facts whose absence stops the engine from helping. */
export const MISSING_FACTS = ['start_date', 'end_or_term', 'notice_period', 'renewal_period', 'owner', 'parties'] as const;
export type MissingFact = (typeof MISSING_FACTS)[number];

/** A computed date and how it was obtained. */
export interface DateStep {
  kind: DateStepKind;
  result: PartialDate | null;
  /** Present when the result is not known to the day. */
  bounds?: DayBounds;
  terms: ExplanationTerm[];
  notes?: ExplanationNote[];
}

/** Why the agreement has its status on the reference date. */
export interface StatusStep {
  kind: 'status';
  status: AgreementStatus;
  reason: StatusReason;
  on: CalendarDay;
  /** The date that decided it (deadline, term end), when one did. */
  date?: PartialDate | null;
  /** Present when that date is not known to the day. */
  dateBounds?: DayBounds;
  leadDays?: number;
}

/** A fact the engine needs but does not have. */
export interface DataGapStep {
  kind: 'data_gap';
  missing: MissingFact;
}

/** Free text from a rule outside the engine (contradictions, chain rules), in both languages. */
export interface MessageStep {
  kind: 'message';
  nl: string;
  en: string;
}

export type ExplanationStep = DateStep | StatusStep | DataGapStep | MessageStep;
