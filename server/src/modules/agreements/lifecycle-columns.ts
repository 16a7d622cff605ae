import { computeLifecycle, type LifecycleInput } from '@akkoord/shared/lifecycle/compute-lifecycle';
import type { AgreementRow } from './agreements.repo.ts';

/** The lifecycle engine's input, read from a stored row. */
export function lifecycleInputOf(row: AgreementRow): LifecycleInput {
  const period = (value: number | null, unit: string | null) =>
    value !== null && unit ? ({ value, unit } as LifecycleInput['noticePeriod']) : null;
  return {
    startDate: row.startDate,
    endDate: row.endDate,
    termKind: row.termKind as LifecycleInput['termKind'],
    initialTermMonths: row.initialTermMonths,
    noticePeriod: period(row.noticePeriodValue, row.noticePeriodUnit),
    tacitRenewal: row.tacitRenewal,
    renewalPeriod: period(row.renewalPeriodValue, row.renewalPeriodUnit),
    maxRenewals: row.maxRenewals,
    reviewDate: row.reviewDate,
    workflowState: row.workflowState as LifecycleInput['workflowState'],
    noticeGivenDate: row.noticeGivenDate,
    terminationDate: row.terminationDate,
    alertLeadDays: row.alertLeadDays ?? null,
  };
}

/** The derived columns to store for a row on a reference day. */
export function deriveColumns(row: AgreementRow, on: string): Partial<AgreementRow> {
  const s = computeLifecycle(lifecycleInputOf(row), on);
  return {
    status: s.status,
    currentTermStart: s.currentTermStart,
    currentTermEnd: s.currentTermEnd,
    noticeDeadline: s.noticeDeadline,
    nextReviewDate: s.nextReviewDate,
    windowStartDay: s.windowStartDay,
    windowEndDay: s.windowEndDay,
    nextDeadlineDay: s.nextDeadlineDay,
    computedOn: on,
  };
}
