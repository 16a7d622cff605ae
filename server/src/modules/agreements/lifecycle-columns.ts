import { analyseLifecycle, type LifecycleAnalysis } from '@akkoord/shared/lifecycle/analyse-lifecycle';
import { derivedOf, type LifecycleInput } from '@akkoord/shared/lifecycle/compute-lifecycle';
import type { AgreementRow } from './agreements.repo.ts';

/** The stored columns the lifecycle engine reads. */
export type LifecycleColumns = Pick<
  AgreementRow,
  | 'startDate'
  | 'endDate'
  | 'termKind'
  | 'initialTermMonths'
  | 'noticePeriodValue'
  | 'noticePeriodUnit'
  | 'tacitRenewal'
  | 'renewalPeriodValue'
  | 'renewalPeriodUnit'
  | 'maxRenewals'
  | 'reviewDate'
  | 'workflowState'
  | 'noticeGivenDate'
  | 'terminationDate'
  | 'alertLeadDays'
  | 'decision'
>;

/** The lifecycle engine's input, read from a stored row (or any row with the same columns). */
export function lifecycleInputOf(row: LifecycleColumns): LifecycleInput {
  const period = (value: number | null, unit: string | null) => (value !== null && unit ? ({ value, unit } as LifecycleInput['noticePeriod']) : null);
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
    decision: (row.decision ?? null) as LifecycleInput['decision'],
  };
}

// One analysis per row object and day, shared by the derived columns and the alerts of a refresh;
// kept on the row under a symbol (cheaper than a WeakMap for 100,000 rows, invisible to JSON and Object.keys).
const ANALYSIS = Symbol('lifecycle analysis');
type Analysed = LifecycleColumns & { [ANALYSIS]?: { on: string; input: LifecycleInput; analysis: LifecycleAnalysis } };

/** The lifecycle analysis of a row for a day (memoised per row object). */
export function analysisOf(row: LifecycleColumns, on: string): { input: LifecycleInput; analysis: LifecycleAnalysis } {
  const cached = (row as Analysed)[ANALYSIS];
  if (cached && cached.on === on) return cached;
  const input = lifecycleInputOf(row);
  const made = { on, input, analysis: analyseLifecycle(input, on) };
  (row as Analysed)[ANALYSIS] = made;
  return made;
}

/** The stored columns the lifecycle engine derives. */
export type DerivedColumns = Pick<
  AgreementRow,
  'status' | 'currentTermStart' | 'currentTermEnd' | 'noticeDeadline' | 'nextReviewDate' | 'windowStartDay' | 'windowEndDay' | 'nextDeadlineDay' | 'computedOn'
>;

/** The derived columns to store for a row on a reference day. */
export function deriveColumns(row: LifecycleColumns, on: string): DerivedColumns {
  const { input, analysis } = analysisOf(row, on);
  return derivedColumnsOf(input, analysis);
}

/** The derived columns of an analysis already made (the whole-register refresh shares it with the alerts). */
export function derivedColumnsOf(input: LifecycleInput, analysis: LifecycleAnalysis): DerivedColumns {
  const s = derivedOf(input, analysis);
  return {
    status: s.status,
    currentTermStart: s.currentTermStart,
    currentTermEnd: s.currentTermEnd,
    noticeDeadline: s.noticeDeadline,
    nextReviewDate: s.nextReviewDate,
    windowStartDay: s.windowStartDay,
    windowEndDay: s.windowEndDay,
    nextDeadlineDay: s.nextDeadlineDay,
    computedOn: analysis.on,
  };
}

/** True when two sets of derived columns are the same, the day they were computed on aside. */
export function sameDerivedValues(a: DerivedColumns, b: DerivedColumns): boolean {
  return (
    a.status === b.status &&
    a.currentTermStart === b.currentTermStart &&
    a.currentTermEnd === b.currentTermEnd &&
    a.noticeDeadline === b.noticeDeadline &&
    a.nextReviewDate === b.nextReviewDate &&
    a.windowStartDay === b.windowStartDay &&
    a.windowEndDay === b.windowEndDay &&
    a.nextDeadlineDay === b.nextDeadlineDay
  );
}
