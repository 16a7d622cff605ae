import type { AgreementStatus, TermKind, WorkflowState } from '../domain/enums.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import type { Period } from '../schemas/agreement.ts';
import type { RenewalDecision } from '../schemas/renewal.ts';
import type { ExplanationStep } from './explanation.ts';

/** Lead times (days before a deadline) used when an agreement sets none. */
export const DEFAULT_ALERT_LEAD_DAYS: readonly number[] = [180, 90, 30, 7];

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
  /** The recorded renewal decision; decides whether an agreement in renewal still warns (absent = none). */
  decision?: RenewalDecision | null;
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
  /** Latest day the agreement may run (its final term's end); null = open-ended (indefinite, unlimited renewals) or unknown. */
  windowEndDay: string | null;
  /** Earliest possible day of the next deadline of any kind (urgency ordering). */
  nextDeadlineDay: string | null;
  /** 0 = the initial term, n = the n-th tacit renewal; null when unknown. */
  termNumber: number | null;
  /** True when this term does not renew by itself (fixed end, renewals used up, notice given). */
  isFinalTerm: boolean;
  /** Earliest possible day of the notice deadline (also when it is only known to the month or year). */
  noticeDeadlineDay: string | null;
  /** Earliest possible day the current term ends. */
  currentTermEndDay: string | null;
  /** Lead times in effect, longest first. */
  leadDays: number[];
  /** How every date and the status were derived, for rendering in nl or en. */
  explanation: ExplanationStep[];
}
