import { alertSortKey, type Alert } from '@akkoord/shared/lifecycle/alert-types';
import type { AlertRecord } from './alert-record.ts';
import type { AlertFilter, StoredAlertRow } from './alerts.repo.ts';

/** An alert as one user sees it: with their acknowledgement or snooze, and its position in the urgency order. */
export interface AlertView extends AlertRecord {
  sortKey: string;
  acknowledgedAt: string | null;
  snoozedUntil: string | null;
}

type States = Map<string, { acknowledgedAt: string | null; snoozedUntil: string | null }>;

/** A computed alert with the user's state attached. */
export function viewOf(record: AlertRecord, states: States): AlertView {
  const state = states.get(record.key);
  return { ...record, sortKey: alertSortKey(record), acknowledgedAt: state?.acknowledgedAt ?? null, snoozedUntil: state?.snoozedUntil ?? null };
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

/** The in-memory twin of the repository's WHERE clause, for alerts that are computed rather than stored. */
export function matchesFilter(v: AlertView, f: AlertFilter): boolean {
  if (f.kinds?.length && !f.kinds.includes(v.kind)) return false;
  if (f.severities?.length && !f.severities.includes(v.severity)) return false;
  if (f.collaborationId !== undefined && v.collaborationId !== f.collaborationId) return false;
  if (f.agreementId !== undefined && v.agreementId !== f.agreementId) return false;
  if (f.scopeIds && (v.collaborationId === null || !f.scopeIds.includes(v.collaborationId))) return false;
  if (f.owner && !same(v.ownerName, f.owner) && !same(v.ownerEmail, f.owner)) return false;
  const snoozed = v.snoozedUntil !== null && v.snoozedUntil > f.on;
  if (f.state === 'open') return v.acknowledgedAt === null && !snoozed;
  if (f.state === 'acknowledged') return v.acknowledgedAt !== null;
  if (f.state === 'snoozed') return v.acknowledgedAt === null && snoozed;
  return true;
}
