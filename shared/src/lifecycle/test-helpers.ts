import type { LifecycleInput } from './lifecycle-types.ts';

/** A lifecycle input with every fact unknown, overridden by `facts` (for tests). */
export function lifecycleInput(facts: Partial<LifecycleInput> = {}): LifecycleInput {
  return {
    startDate: null,
    endDate: null,
    termKind: null,
    initialTermMonths: null,
    noticePeriod: null,
    tacitRenewal: null,
    renewalPeriod: null,
    maxRenewals: null,
    reviewDate: null,
    workflowState: 'active',
    noticeGivenDate: null,
    terminationDate: null,
    alertLeadDays: null,
    ...facts,
  };
}
