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
  };
}
