import { daysBetween } from '@akkoord/shared/dates/calendar-day';
import type { AlertItem } from '@akkoord/shared/schemas/alert';
import type { AlertView } from './alert-view.ts';

/** The fields of an alert that leave the server; days left are counted from the reference day. */
export function presentAlert(v: AlertView, on: string, stateChangedAt: string | null = null): AlertItem {
  return {
    key: v.key,
    kind: v.kind,
    severity: v.severity,
    reasonCode: v.reasonCode,
    dueDate: v.dueDate,
    dueDay: v.dueDay,
    daysLeft: v.dueDay ? daysBetween(on, v.dueDay) : null,
    leadDays: v.leadDays,
    agreementId: v.agreementId,
    agreementTitle: v.agreementTitle,
    collaborationCode: v.collaborationCode,
    ownerName: v.ownerName,
    explanation: v.explanation,
    acknowledgedAt: v.acknowledgedAt,
    snoozedUntil: v.snoozedUntil,
    stateChangedAt,
  };
}
