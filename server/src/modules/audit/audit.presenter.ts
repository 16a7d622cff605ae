import { redactSnapshot } from '@akkoord/shared/domain/destruction-redaction';
import type { AuditEvent } from '@akkoord/shared/schemas/audit';
import type { AuditRow } from './audit.repo.ts';

/** Bookkeeping fields that change on every write and say nothing about what changed. */
const NOISE = new Set(['version', 'updatedAt', 'computedOn']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Top-level fields whose value differs between the before and after snapshots. */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !NOISE.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

/** One audit event as the API answers it. */
export function presentAuditEvent(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    entityType: row.entityType,
    entityId: row.entityId,
    action: row.action,
    before: row.before ?? null,
    after: row.after ?? null,
    changes: changedFields(row.before, row.after),
    requestId: row.requestId,
    redactedAt: row.redactedAt,
  };
}

/** Keys that say which agreements an event's snapshot is about (relations, parties, acknowledgements). */
const AGREEMENT_KEYS = ['agreementId', 'sourceId', 'targetId'] as const;
/** What remains of such a snapshot when one of those agreements is outside the caller's collaborations. */
const STRUCTURE_KEYS = new Set(['id', ...AGREEMENT_KEYS, 'kind']);

/** The agreement ids an event's before and after snapshots name. */
export function agreementIdsNamedBy(row: AuditRow): number[] {
  const ids: number[] = [];
  for (const snapshot of [row.before, row.after]) {
    if (!isRecord(snapshot)) continue;
    for (const key of AGREEMENT_KEYS) if (typeof snapshot[key] === 'number') ids.push(snapshot[key]);
  }
  return ids;
}

/** A snapshot cut down to which agreements and which relation kind it was about; a note is kept as null (decision 023). */
function restrictedSnapshot(snapshot: unknown): unknown {
  if (!isRecord(snapshot)) return snapshot ?? null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) if (STRUCTURE_KEYS.has(key)) out[key] = value;
  if ('note' in snapshot) out.note = null;
  out.restricted = true;
  return out;
}

/**
 * An event about something shared with an agreement the caller may not see
 * (a relation to it): that it happened, when, by whom and the ids stay; its
 * note and every other detail go.
 */
export function presentRestrictedAuditEvent(row: AuditRow): AuditEvent {
  return presentAuditEvent({ ...row, before: restrictedSnapshot(row.before), after: restrictedSnapshot(row.after) });
}

/** A snapshot without the personal data a destruction clears (decision 063; the one list in `shared`). */
const withoutPersonalData = (value: unknown): unknown => redactSnapshot(value ?? null).value;

/**
 * An event about an agreement that has since been destroyed (decision 063): the trail is append-only, so the
 * stored snapshots keep what they held, but Akkoord no longer shows the personal data the destruction cleared.
 */
export function presentDestroyedAuditEvent(row: AuditRow): AuditEvent {
  return presentAuditEvent({ ...row, before: withoutPersonalData(row.before), after: withoutPersonalData(row.after) });
}

/** The agreements an event is about: its entity when that is an agreement, and those its snapshots name. */
export function agreementsOfEvent(row: AuditRow): number[] {
  const ids = agreementIdsNamedBy(row);
  if (row.entityType === 'agreement' && /^\d{1,12}$/.test(row.entityId)) ids.push(Number(row.entityId));
  return ids;
}
