import type { LifecycleInput } from '@akkoord/shared/lifecycle/lifecycle-types';
import type { Agreement } from '@akkoord/shared/schemas/agreement';

/** The lifecycle engine's input from an agreement as the API returns it (the server reads the same facts from its row). */
export function lifecycleInputOfAgreement(a: Agreement): LifecycleInput {
  return {
    startDate: a.startDate,
    endDate: a.endDate,
    termKind: a.termKind,
    initialTermMonths: a.initialTermMonths,
    noticePeriod: a.noticePeriod,
    tacitRenewal: a.tacitRenewal,
    renewalPeriod: a.renewalPeriod,
    maxRenewals: a.maxRenewals,
    reviewDate: a.reviewDate,
    workflowState: a.workflowState,
    noticeGivenDate: a.noticeGivenDate,
    terminationDate: a.terminationDate,
    alertLeadDays: a.alertLeadDays,
    decision: a.decision,
  };
}
