import type { AgreementStatus } from '../domain/enums.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import type { StatusStep } from './explanation.ts';

/**
 * What a status is called. A tacitly renewing agreement near its notice
 * deadline is not "verloopt binnenkort": it renews unless notice is given;
 * past the deadline it renews, full stop. The stored status stays the same
 * (filters and sorting keep working); only its words differ.
 */
export type StatusLabel = AgreementStatus | 'renews_unless_notice' | 'renews_tacitly';

/** The label of a stored status, from the agreement's columns (register, badges). */
export function statusLabelOf(a: { status: AgreementStatus; tacitRenewal: boolean | null; noticeDeadline: PartialDate | null }): StatusLabel {
  if (a.tacitRenewal !== true || a.noticeDeadline === null) return a.status;
  if (a.status === 'expiring') return 'renews_unless_notice';
  if (a.status === 'notice_period') return 'renews_tacitly';
  return a.status;
}

/** The label of a status step of the explanation (the same words as `statusLabelOf` for the same agreement). */
export function statusLabelOfStep(step: Pick<StatusStep, 'status' | 'reason'>): StatusLabel {
  if (step.reason === 'renews_unless_notice') return 'renews_unless_notice';
  if (step.reason === 'renewal_locked_in') return 'renews_tacitly';
  return step.status;
}
