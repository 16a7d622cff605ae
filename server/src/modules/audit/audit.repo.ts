import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditEntityType } from '@akkoord/shared/domain/audit-vocabulary';
import { redactSnapshot } from '@akkoord/shared/domain/destruction-redaction';
import type { Db, Tx } from '../../db/client.ts';
import { prepared } from '../../db/statements.ts';
import { agreements, auditEvents, collaborations } from '../../db/schema/index.ts';

export interface AuditEventInput {
  at: string;
  actorId: number | null;
  actorLabel: string;
  entityType: AuditEntityType;
  entityId: string | number;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/** Appends one audit event; call inside the transaction of the change it describes. */
export function recordAudit(tx: Tx | Db, e: AuditEventInput): void {
  tx.insert(auditEvents)
    .values({
      at: e.at,
      actorId: e.actorId,
      actorLabel: e.actorLabel,
      entityType: e.entityType,
      entityId: String(e.entityId),
      action: e.action,
      before: e.before ?? null,
      after: e.after ?? null,
      requestId: e.requestId ?? null,
    })
    .run();
}

/**
 * The same as `recordAudit`, through one cached prepared statement: for writers
 * of thousands of events in one transaction (the import, decision 056). A
 * statement drizzle prepares per call keeps its native memory until V8
 * collects it, which a long synchronous transaction never gives it the chance to.
 */
export function recordAuditPrepared(db: Db, e: AuditEventInput): void {
  prepared(db, 'insert into audit_events (at, actor_id, actor_label, entity_type, entity_id, action, before, after, request_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    e.at,
    e.actorId,
    e.actorLabel,
    e.entityType,
    String(e.entityId),
    e.action,
    e.before == null ? null : JSON.stringify(e.before),
    e.after == null ? null : JSON.stringify(e.after),
    e.requestId ?? null,
  );
}

export type AuditRow = typeof auditEvents.$inferSelect;

export interface AuditFilter {
  entityType?: AuditEntityType | undefined;
  entityId?: string | undefined;
  action?: AuditAction | undefined;
  actorLabel?: string | undefined;
  actorId?: number | undefined;
  /** Instants (ISO, UTC): from inclusive, to exclusive. */
  fromAt?: string | undefined;
  toAt?: string | undefined;
  /** Events about the agreement itself and the things that belong to it (see `historyOf`). */
  agreementId?: number | undefined;
}

/**
 * An agreement's history: events about the agreement, plus events about
 * things that belong to it, recognised by their snapshot naming it as
 * `agreementId` (parties, acknowledgements, follows) or as `sourceId` /
 * `targetId` (relations).
 */
function historyOf(agreementId: number): SQL {
  const names = (col: typeof auditEvents.before | typeof auditEvents.after) =>
    sql`(json_valid(${col}) AND (json_extract(${col}, '$.agreementId') = ${agreementId} OR json_extract(${col}, '$.sourceId') = ${agreementId} OR json_extract(${col}, '$.targetId') = ${agreementId}))`;
  return sql`((${auditEvents.entityType} = 'agreement' AND ${auditEvents.entityId} = ${String(agreementId)}) OR (${auditEvents.entityType} <> 'agreement' AND (${names(auditEvents.after)} OR ${names(auditEvents.before)})))`;
}

function whereOf(f: AuditFilter): SQL | undefined {
  return and(
    f.entityType !== undefined ? eq(auditEvents.entityType, f.entityType) : undefined,
    f.entityId !== undefined ? eq(auditEvents.entityId, f.entityId) : undefined,
    f.action !== undefined ? eq(auditEvents.action, f.action) : undefined,
    f.actorLabel !== undefined || f.actorId !== undefined
      ? or(f.actorLabel !== undefined ? eq(auditEvents.actorLabel, f.actorLabel) : undefined, f.actorId !== undefined ? eq(auditEvents.actorId, f.actorId) : undefined)
      : undefined,
    f.fromAt !== undefined ? gte(auditEvents.at, f.fromAt) : undefined,
    f.toAt !== undefined ? lt(auditEvents.at, f.toAt) : undefined,
    f.agreementId !== undefined ? historyOf(f.agreementId) : undefined,
  );
}

/** One page of events, newest first (keyset on id), and the total matching the filter. */
export function listAuditRows(db: Db, filter: AuditFilter, limit: number, beforeId: number | null): { rows: AuditRow[]; total: number } {
  const where = whereOf(filter);
  const rows = db
    .select()
    .from(auditEvents)
    .where(and(where, beforeId !== null ? lt(auditEvents.id, beforeId) : undefined))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(auditEvents)
      .where(where)
      .get()?.n ?? 0;
  return { rows, total };
}

/** Every matching event, oldest first, in chunks (for the CSV export). */
export function* iterateAuditRows(db: Db, filter: AuditFilter, chunk = 1000): Generator<AuditRow[]> {
  const where = whereOf(filter);
  let last = 0;
  for (;;) {
    const rows = db
      .select()
      .from(auditEvents)
      .where(and(where, gt(auditEvents.id, last)))
      .orderBy(asc(auditEvents.id))
      .limit(chunk)
      .all();
    if (!rows.length) return;
    yield rows;
    last = rows[rows.length - 1]!.id;
  }
}

/**
 * Redacts an agreement's history at its destruction (decision 063): every event of it (`historyOf`: the
 * agreement's own, and those of its parties, documents, relations, suggestions…) not redacted before that holds
 * a value under one of `keys`, anywhere in its before/after, gets those values replaced by null and `redacted_at`
 * set — the one update the trail's trigger allows, once per event. Events without such a value stay as written.
 * Part of the destruction's transaction; answers how many events it redacted.
 */
export function redactAgreementHistory(tx: Tx, agreementId: number, keys: ReadonlySet<string>, at: string): number {
  const rows = tx
    .select({ id: auditEvents.id, before: auditEvents.before, after: auditEvents.after })
    .from(auditEvents)
    .where(and(historyOf(agreementId), isNull(auditEvents.redactedAt)))
    .all();
  let redacted = 0;
  for (const row of rows) {
    const before = redactSnapshot(row.before, keys);
    const after = redactSnapshot(row.after, keys);
    if (!before.changed && !after.changed) continue;
    tx.update(auditEvents).set({ before: before.value, after: after.value, redactedAt: at }).where(eq(auditEvents.id, row.id)).run();
    redacted++;
  }
  return redacted;
}

/** Which of these agreements were destroyed under the Archiefwet (decision 063). */
export function findDestroyedAgreementIds(db: Db, ids: number[]): Set<number> {
  if (!ids.length) return new Set();
  return new Set(
    db
      .select({ id: agreements.id })
      .from(agreements)
      .where(and(inArray(agreements.id, ids), isNotNull(agreements.destroyedAt)))
      .all()
      .map((r) => r.id),
  );
}

/** The collaboration code (null: none) of each of these agreements that exists, for deciding which of them a caller may see. */
export function findAgreementCollaborationCodes(db: Db, ids: number[]): { id: number; collaborationCode: string | null }[] {
  if (!ids.length) return [];
  return db
    .select({ id: agreements.id, collaborationCode: collaborations.code })
    .from(agreements)
    .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
    .where(inArray(agreements.id, ids))
    .all();
}
