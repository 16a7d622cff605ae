import type { Alert } from '@akkoord/shared/lifecycle/alert-types';
import type { AlertRecord } from './alert-record.ts';
import type { AlertFilter, StoredAlertRow } from './alerts.repo.ts';

/** An alert as one user sees it: with their acknowledgement or snooze, and its position in the urgency order. */
export interface AlertView extends AlertRecord {
  sortKey: string;
  acknowledgedAt: string | null;
  snoozedUntil: string | null;
}

/** A stored row as a view (collaboration code from the id map). */
export function viewOfStored(r: StoredAlertRow, codes: Map<number, string>): AlertView {
  return {
    key: r.key,
    kind: r.kind as Alert['kind'],
    severity: r.severity as Alert['severity'],
    reasonCode: r.reasonCode,
    dueDate: r.dueDate,
    dueDay: r.dueDay,
    daysLeft: null,
    leadDays: r.leadDays,
    agreementId: r.agreementId,
    collaborationCode: r.collaborationId === null ? null : (codes.get(r.collaborationId) ?? null),
    explanation: r.explanation,
    source: r.source,
    agreementTitle: r.agreementTitle,
    collaborationId: r.collaborationId,
    ownerName: r.ownerName,
    ownerEmail: r.ownerEmail,
    sortKey: r.sortKey,
    acknowledgedAt: r.acknowledgedAt,
    snoozedUntil: r.snoozedUntil,
  };
}

const same = (a: string | null, b: string) => a !== null && a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** The filters on what an alert is about (kind, severity, collaboration, agreement, scope, owner): the in-memory twin of the repository's WHERE clause. */
export function matchesFields(v: Pick<AlertView, 'kind' | 'severity' | 'collaborationId' | 'agreementId' | 'ownerName' | 'ownerEmail'>, f: AlertFilter): boolean {
  if (f.kinds?.length && !f.kinds.includes(v.kind)) return false;
  if (f.severities?.length && !f.severities.includes(v.severity)) return false;
  if (f.collaborationId !== undefined && v.collaborationId !== f.collaborationId) return false;
  if (f.agreementId !== undefined && v.agreementId !== f.agreementId) return false;
  if (f.scopeIds && (v.collaborationId === null || !f.scopeIds.includes(v.collaborationId))) return false;
  if (f.owner && !same(v.ownerName, f.owner) && !same(v.ownerEmail, f.owner)) return false;
  return true;
}

/** The state filter (open, acknowledged, snoozed, all) for the user's acknowledgement and snooze of one alert. */
export function matchesState(acknowledgedAt: string | null, snoozedUntil: string | null, f: AlertFilter): boolean {
  const snoozed = snoozedUntil !== null && snoozedUntil > f.on;
  if (f.state === 'open') return acknowledgedAt === null && !snoozed;
  if (f.state === 'acknowledged') return acknowledgedAt !== null;
  if (f.state === 'snoozed') return acknowledgedAt === null && snoozed;
  return true;
}
