import type { PartialDate } from '../dates/partial-date.ts';
import type { ExplanationStep } from './explanation.ts';

/** What an alert is about. `chain` alerts come from the chain rules (shared/src/chains). */
export const ALERT_KINDS = ['notice_deadline', 'term_end', 'review_due', 'expired_no_successor', 'data_gap', 'contradiction', 'chain', 'backup', 'woo_publication'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** 0 = most urgent; used for "most urgent first" ordering and stored as an integer column. */
export const SEVERITY_RANK: Record<AlertSeverity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** Reason codes the lifecycle engine produces; other sources (contradictions, chains) add their own. */
export const LIFECYCLE_ALERT_REASONS = [
  'notice_deadline_approaching',
  'term_end_approaching',
  'review_due',
  'review_overdue',
  'expired_without_successor',
  'missing_end_or_term',
  'missing_notice_period',
  'missing_renewal_period',
  'missing_owner',
  'missing_parties',
] as const;
export type LifecycleAlertReason = (typeof LIFECYCLE_ALERT_REASONS)[number];

/** One thing that needs attention on a reference date. */
export interface Alert {
  /** Stable identity, e.g. "notice:12:2026-09-30:90"; acknowledgements and snoozes refer to it. */
  key: string;
  kind: AlertKind;
  severity: AlertSeverity;
  reasonCode: string;
  /** The date the alert is about, at the precision it is known; null for data gaps. */
  dueDate: PartialDate | null;
  /** Earliest possible day of `dueDate`, for ordering; null for data gaps. */
  dueDay: string | null;
  /** Days from the reference date to `dueDay` (negative when past). */
  daysLeft: number | null;
  /** The lead time (days) whose window the reference date is in, for deadline alerts. */
  leadDays: number | null;
  agreementId: number | null;
  collaborationCode: string | null;
  explanation: ExplanationStep[];
}

const NO_DUE_DAY = '9999-12-31';

/** Orders alerts most urgent first: severity, then due day (undated last), then key. */
export function compareAlerts(a: Alert, b: Alert): number {
  const [left, right] = [alertSortKey(a), alertSortKey(b)];
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A string that sorts like `compareAlerts` (usable as a keyset cursor and an indexed column). */
export function alertSortKey(alert: Pick<Alert, 'severity' | 'dueDay' | 'key'>): string {
  return `${SEVERITY_RANK[alert.severity]}|${alert.dueDay ?? NO_DUE_DAY}|${alert.key}`;
}

/** Severity of a deadline `daysLeft` away: a week or less is critical, a month high, a quarter medium. */
export function severityForDaysLeft(daysLeft: number): AlertSeverity {
  if (daysLeft <= 7) return 'critical';
  if (daysLeft <= 30) return 'high';
  if (daysLeft <= 90) return 'medium';
  return 'low';
}

/** One step less urgent (a term that ends by itself is less risky than a notice deadline). */
export function lowerSeverity(severity: AlertSeverity): AlertSeverity {
  const order = ['critical', 'high', 'medium', 'low', 'info'] as const;
  return order[Math.min(order.length - 1, SEVERITY_RANK[severity] + 1)] ?? 'info';
}
