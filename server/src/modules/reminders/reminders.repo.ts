import { and, asc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import {
  agreementRelations,
  agreements,
  alertStates,
  collaborations,
  reminderAcknowledgements,
  reminderAgreementRules,
  reminderItems,
  settings,
  users,
} from '../../db/schema/index.ts';

export type AgreementRuleRow = typeof reminderAgreementRules.$inferSelect;
export type ReminderItemRow = typeof reminderItems.$inferSelect;
export type ReminderItemInsert = typeof reminderItems.$inferInsert;
export type AcknowledgementRow = typeof reminderAcknowledgements.$inferSelect;

/** A stored setting's value, or undefined. */
export function readSetting(db: Db | Tx, key: string): unknown {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
}

export function writeSetting(tx: Db | Tx, key: string, value: unknown, at: string): void {
  tx.insert(settings).values({ key, value, updatedAt: at }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } }).run();
}

export function findAgreementRule(db: Db | Tx, agreementId: number): AgreementRuleRow | undefined {
  return db.select().from(reminderAgreementRules).where(eq(reminderAgreementRules.agreementId, agreementId)).get();
}

/** Every per-agreement rule (few: only agreements someone configured). */
export function findAllAgreementRules(db: Db | Tx): Map<number, AgreementRuleRow> {
  return new Map(db.select().from(reminderAgreementRules).all().map((r) => [r.agreementId, r]));
}

export function upsertAgreementRule(tx: Tx, row: AgreementRuleRow): void {
  const { agreementId: _id, ...rest } = row;
  tx.insert(reminderAgreementRules).values(row).onConflictDoUpdate({ target: reminderAgreementRules.agreementId, set: rest }).run();
}

/** The largest lead time any agreement sets itself (its alertLeadDays), for the planning horizon. */
export function findMaxAgreementLeadDays(db: Db | Tx): number {
  const row = db.get<{ m: number | null }>(
    sql`select max(j.value) as m from ${agreements}, json_each(${agreements.alertLeadDays}) j where ${agreements.alertLeadDays} is not null and ${agreements.archivedAt} is null`,
  );
  return row?.m ?? 0;
}

/** Acknowledged deadlines among these agreements, as "agreementId|kind|day" keys. */
export function findAcknowledgedKeys(db: Db | Tx, agreementIds: number[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < agreementIds.length; i += 500) {
    const chunk = agreementIds.slice(i, i + 500);
    for (const r of db.select().from(reminderAcknowledgements).where(inArray(reminderAcknowledgements.agreementId, chunk)).all()) {
      out.add(`${r.agreementId}|${r.deadlineKind}|${r.deadlineDay}`);
    }
  }
  return out;
}

const ALERT_PREFIX_KIND: Record<string, 'notice_deadline' | 'term_end' | 'review'> = { notice: 'notice_deadline', end: 'term_end', review: 'review' };

/**
 * What users did on the alerts page that reminders respect: an acknowledged
 * deadline alert acknowledges the deadline for everyone ("id|kind|day");
 * a snooze still running on `on` holds that user's reminders for it
 * ("email|id|kind|day"). Alert keys look like "notice:12:2026-09-30:90".
 */
export function findAlertStatesForPlanning(db: Db | Tx, on: string): { acknowledged: Set<string>; snoozed: Set<string> } {
  const acknowledged = new Set<string>();
  const snoozed = new Set<string>();
  const rows = db
    .select({ key: alertStates.alertKey, acknowledgedAt: alertStates.acknowledgedAt, snoozedUntil: alertStates.snoozedUntil, email: users.email })
    .from(alertStates)
    .innerJoin(users, eq(users.id, alertStates.userId))
    .where(sql`${alertStates.acknowledgedAt} is not null or ${alertStates.snoozedUntil} > ${on}`)
    .all();
  for (const r of rows) {
    const [prefix, id, day] = r.key.split(':');
    const kind = prefix ? ALERT_PREFIX_KIND[prefix] : undefined;
    if (!kind || !id || !day) continue;
    if (r.acknowledgedAt) acknowledged.add(`${id}|${kind}|${day}`);
    else snoozed.add(`${r.email}|${id}|${kind}|${day}`);
  }
  return { acknowledged, snoozed };
}

export function findAcknowledgementsOf(db: Db | Tx, agreementId: number): AcknowledgementRow[] {
  return db.select().from(reminderAcknowledgements).where(eq(reminderAcknowledgements.agreementId, agreementId)).orderBy(asc(reminderAcknowledgements.id)).all();
}

/** Records an acknowledgement; false when the deadline was already acknowledged. */
export function insertAcknowledgement(tx: Tx, values: typeof reminderAcknowledgements.$inferInsert): boolean {
  return tx.insert(reminderAcknowledgements).values(values).onConflictDoNothing().run().changes === 1;
}

export type PlanningRow = typeof agreements.$inferSelect & { collaborationCode: string | null };

const planningColumns = { row: agreements, collaborationCode: collaborations.code };
const liveAgreement = and(isNull(agreements.archivedAt), inArray(agreements.workflowState, ['active', 'in_renewal']));

/**
 * Live agreements whose stored next deadline (computed for `on`) is no later
 * than `horizonDay`: the only ones that can have a reminder due on `on`.
 */
export function findPlanningCandidates(db: Db, on: string, horizonDay: string): PlanningRow[] {
  return db
    .select(planningColumns)
    .from(agreements)
    .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
    .where(and(liveAgreement, eq(agreements.computedOn, on), lte(agreements.nextDeadlineDay, horizonDay)))
    .all()
    .map((r) => ({ ...r.row, collaborationCode: r.collaborationCode }));
}

/** True when some live agreement's stored columns were computed for another day than `on`. */
export function hasStaleDerived(db: Db, on: string): boolean {
  return !!db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(liveAgreement, sql`coalesce(${agreements.computedOn}, '') <> ${on}`))
    .limit(1)
    .get();
}

/** Every live agreement in id order, in chunks (planning for another day than the stored columns'). */
export function* iterateLiveAgreements(db: Db, chunk = 5000): Generator<PlanningRow[]> {
  let last = 0;
  for (;;) {
    const rows = db
      .select(planningColumns)
      .from(agreements)
      .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
      .where(and(liveAgreement, gt(agreements.id, last)))
      .orderBy(asc(agreements.id))
      .limit(chunk)
      .all();
    if (!rows.length) return;
    yield rows.map((r) => ({ ...r.row, collaborationCode: r.collaborationCode }));
    last = rows[rows.length - 1]!.row.id;
  }
}

/** Ids among these that another agreement `renews` or `supersedes`. */
export function findIdsWithSuccessor(db: Db | Tx, ids: number[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const r of db
      .select({ id: agreementRelations.targetId })
      .from(agreementRelations)
      .where(and(inArray(agreementRelations.targetId, chunk), inArray(agreementRelations.kind, ['renews', 'supersedes'])))
      .all()) {
      out.add(r.id);
    }
  }
  return out;
}

/** Inserts a planned reminder unless its key (agreement, kind, day, offset, recipient) exists; returns the new id or null. */
export function insertItemIfNew(tx: Tx, values: ReminderItemInsert): number | null {
  const r = tx.insert(reminderItems).values(values).onConflictDoNothing().returning({ id: reminderItems.id }).get();
  return r?.id ?? null;
}

/** Reminders planned but not yet in any e-mail, oldest first. */
export function findUnassignedItems(tx: Tx | Db): ReminderItemRow[] {
  return tx.select().from(reminderItems).where(isNull(reminderItems.outboxId)).orderBy(asc(reminderItems.id)).all();
}

export function findItemsOfMessage(db: Db | Tx, outboxId: number): ReminderItemRow[] {
  return db.select().from(reminderItems).where(eq(reminderItems.outboxId, outboxId)).orderBy(asc(reminderItems.id)).all();
}

export function assignItems(tx: Tx, itemIds: number[], outboxId: number): void {
  for (let i = 0; i < itemIds.length; i += 500) {
    tx.update(reminderItems).set({ outboxId }).where(inArray(reminderItems.id, itemIds.slice(i, i + 500))).run();
  }
}

/** Agreement id → title, for what the outbox lists. */
export function findAgreementTitles(db: Db | Tx, ids: number[]): Map<number, string> {
  if (!ids.length) return new Map();
  return new Map(db.select({ id: agreements.id, title: agreements.title }).from(agreements).where(inArray(agreements.id, ids)).all().map((r) => [r.id, r.title]));
}
