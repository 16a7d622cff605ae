import type { AgreementStatus, TermKind, WorkflowState } from '../domain/enums.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import { earliestDay, latestDay } from '../dates/partial-date.ts';
import type { Period } from '../schemas/agreement.ts';

/** The stored facts of an agreement that the lifecycle depends on. */
export interface LifecycleInput {
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  termKind: TermKind | null;
  initialTermMonths: number | null;
  noticePeriod: Period | null;
  tacitRenewal: boolean | null;
  renewalPeriod: Period | null;
  maxRenewals: number | null;
  reviewDate: PartialDate | null;
  workflowState: WorkflowState;
  noticeGivenDate: PartialDate | null;
  terminationDate: PartialDate | null;
  alertLeadDays: number[] | null;
}

/** What the engine derives for one reference date; the server stores these as indexed columns. */
export interface LifecycleSnapshot {
  status: AgreementStatus;
  currentTermStart: PartialDate | null;
  currentTermEnd: PartialDate | null;
  noticeDeadline: PartialDate | null;
  nextReviewDate: PartialDate | null;
  /** Earliest day the term may have started (window filters). */
  windowStartDay: string | null;
  /** Latest day the current term may last; null = open-ended or unknown. */
  windowEndDay: string | null;
  /** Earliest possible day of the next deadline of any kind (urgency ordering). */
  nextDeadlineDay: string | null;
}

/**
 * PROVISIONAL minimal engine (fixed terms only) so that the server can store a
 * status; the lifecycle issue replaces the body, keeping this signature.
 */
export function computeLifecycle(input: LifecycleInput, on: string): LifecycleSnapshot {
  const end = input.termKind === 'indefinite' ? null : input.endDate;
  let status: AgreementStatus;
  if (input.workflowState === 'draft') status = 'draft';
  else if (input.workflowState === 'renewed') status = 'renewed';
  else if (input.workflowState === 'terminated') status = 'terminated';
  else if (input.workflowState === 'in_renewal') status = 'in_renewal';
  else if (!input.startDate || (!end && input.termKind !== 'indefinite')) status = 'unknown_dates';
  else if (end && latestDay(end) < on) status = 'expired';
  else status = 'active';
  return {
    status,
    currentTermStart: input.startDate,
    currentTermEnd: end,
    noticeDeadline: null,
    nextReviewDate: input.reviewDate,
    windowStartDay: input.startDate ? earliestDay(input.startDate) : null,
    windowEndDay: end ? latestDay(end) : null,
    nextDeadlineDay: end ? earliestDay(end) : null,
  };
}
