import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { agreements, alertStates, collaborations, reminderAcknowledgements, reminderAgreementRules, reminderItems, settings, users } from '../../db/schema/index.ts';
import { prepared } from '../../db/statements.ts';

// Planning reads tens of thousands of rows: plain cached statements, no per-row query building.
// (Statements run on the connection, so inside a drizzle transaction they are part of it.)

export type AgreementRuleRow = typeof reminderAgreementRules.$inferSelect;
export type ReminderItemRow = typeof reminderItems.$inferSelect;
export type AcknowledgementRow = typeof reminderAcknowledgements.$inferSelect;

/** A stored setting's value, or undefined. */
export function readSetting(db: Db | Tx, key: string): unknown {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
}

export function writeSetting(tx: Db | Tx, key: string, value: unknown, at: string): void {
  tx.insert(settings)
    .values({ key, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } })
    .run();
}

export function findAgreementRule(db: Db | Tx, agreementId: number): AgreementRuleRow | undefined {
  return db.select().from(reminderAgreementRules).where(eq(reminderAgreementRules.agreementId, agreementId)).get();
}

/** Every per-agreement rule (few: only agreements someone configured). */
export function findAllAgreementRules(db: Db | Tx): Map<number, AgreementRuleRow> {
  return new Map(
    db
      .select()
      .from(reminderAgreementRules)
      .all()
      .map((r) => [r.agreementId, r]),
  );
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
export function findAcknowledgedKeys(db: Db, agreementIds: number[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < agreementIds.length; i += 500) {
    const chunk = agreementIds.slice(i, i + 500);
    const rows = prepared(
      db,
      `select agreement_id as a, deadline_kind as k, deadline_day as d from reminder_acknowledgements where agreement_id in (${chunk.map(() => '?').join(',')})`,
    ).all(...chunk) as { a: number; k: string; d: string }[];
    for (const r of rows) out.add(`${r.a}|${r.k}|${r.d}`);
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

/** What planning reads of an agreement: its lifecycle facts and who is responsible. */
export interface PlanningRow {
  id: number;
  title: string;
  reference: string | null;
  collaborationId: number | null;
  collaborationCode: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  deputyEmail: string | null;
  workflowState: string;
  alertLeadDays: number[] | null;
  startDate: string | null;
  endDate: string | null;
  termKind: string | null;
  initialTermMonths: number | null;
  noticePeriodValue: number | null;
  noticePeriodUnit: string | null;
  tacitRenewal: boolean | null;
  renewalPeriodValue: number | null;
  renewalPeriodUnit: string | null;
  maxRenewals: number | null;
  reviewDate: string | null;
  noticeGivenDate: string | null;
  terminationDate: string | null;
  decision: string | null;
}

const PLANNING_SELECT = `select a.id, a.title, a.reference, a.collaboration_id as collaborationId, c.code as collaborationCode,
  a.owner_name as ownerName, a.owner_email as ownerEmail, a.deputy_email as deputyEmail, a.workflow_state as workflowState,
  a.alert_lead_days as alertLeadDays, a.start_date as startDate, a.end_date as endDate, a.term_kind as termKind,
  a.initial_term_months as initialTermMonths, a.notice_period_value as noticePeriodValue, a.notice_period_unit as noticePeriodUnit,
  a.tacit_renewal as tacitRenewal, a.renewal_period_value as renewalPeriodValue, a.renewal_period_unit as renewalPeriodUnit,
  a.max_renewals as maxRenewals, a.review_date as reviewDate, a.notice_given_date as noticeGivenDate, a.termination_date as terminationDate, a.decision
  from agreements a left join collaborations c on c.id = a.collaboration_id
  where a.archived_at is null and a.workflow_state in ('active', 'in_renewal')`;

type RawPlanningRow = Omit<PlanningRow, 'alertLeadDays' | 'tacitRenewal'> & { alertLeadDays: string | null; tacitRenewal: number | null };

const toPlanningRow = (r: RawPlanningRow): PlanningRow => ({
  ...r,
  alertLeadDays: r.alertLeadDays ? (JSON.parse(r.alertLeadDays) as number[]) : null,
  tacitRenewal: r.tacitRenewal === null ? null : r.tacitRenewal === 1,
});

/**
 * Live agreements whose stored next deadline (computed for `on`) is no later
 * than `horizonDay`: the only ones that can have a reminder due on `on`.
 */
export function findPlanningCandidates(db: Db, on: string, horizonDay: string): PlanningRow[] {
  const rows = prepared(db, `${PLANNING_SELECT} and a.computed_on = ? and a.next_deadline_day <= ? order by a.id`).all(on, horizonDay) as RawPlanningRow[];
  return rows.map(toPlanningRow);
}

/** True when some live agreement's stored columns were computed for another day than `on`. */
export function hasStaleDerived(db: Db, on: string): boolean {
  return !!db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(isNull(agreements.archivedAt), inArray(agreements.workflowState, ['active', 'in_renewal']), sql`coalesce(${agreements.computedOn}, '') <> ${on}`))
    .limit(1)
    .get();
}

/** Every live agreement in id order, in chunks (planning for another day than the stored columns'). */
export function* iterateLiveAgreements(db: Db, chunk = 5000): Generator<PlanningRow[]> {
  let last = 0;
  for (;;) {
    const rows = (prepared(db, `${PLANNING_SELECT} and a.id > ? order by a.id limit ?`).all(last, chunk) as RawPlanningRow[]).map(toPlanningRow);
    if (!rows.length) return;
    yield rows;
    last = rows[rows.length - 1]!.id;
  }
}

/** Keys ("agreementId|kind|day|offset|email") of reminders already planned for these agreements. */
export function findPlannedKeys(db: Db, agreementIds: number[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < agreementIds.length; i += 500) {
    const chunk = agreementIds.slice(i, i + 500);
    const rows = prepared(
      db,
      `select agreement_id as a, deadline_kind as k, deadline_day as d, offset_days as o, recipient_email as e from reminder_items where agreement_id in (${chunk.map(() => '?').join(',')})`,
    ).all(...chunk) as {
      a: number;
      k: string;
      d: string;
      o: number;
      e: string;
    }[];
    for (const r of rows) out.add(`${r.a}|${r.k}|${r.d}|${r.o}|${r.e}`);
  }
  return out;
}

/** Inserts a planned reminder unless its key (agreement, kind, day, offset, recipient) exists; true when inserted. */
export function insertItemIfNew(
  db: Db,
  v: {
    agreementId: number;
    deadlineKind: string;
    deadlineDay: string;
    offsetDays: number;
    recipientEmail: string;
    isEscalation: boolean;
    payload: unknown;
    plannedOn: string;
    createdAt: string;
  },
): boolean {
  const stmt = prepared(
    db,
    `insert into reminder_items (agreement_id, deadline_kind, deadline_day, offset_days, recipient_email, is_escalation, payload, planned_on, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
  );
  return (
    stmt.run(v.agreementId, v.deadlineKind, v.deadlineDay, v.offsetDays, v.recipientEmail, v.isEscalation ? 1 : 0, JSON.stringify(v.payload), v.plannedOn, v.createdAt).changes ===
    1
  );
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
    tx.update(reminderItems)
      .set({ outboxId })
      .where(inArray(reminderItems.id, itemIds.slice(i, i + 500)))
      .run();
  }
}

/** Agreement id → title, for what the outbox lists. */
export function findAgreementTitles(db: Db | Tx, ids: number[]): Map<number, string> {
  if (!ids.length) return new Map();
  return new Map(
    db
      .select({ id: agreements.id, title: agreements.title })
      .from(agreements)
      .where(inArray(agreements.id, ids))
      .all()
      .map((r) => [r.id, r.title]),
  );
}

/** The collaboration code (null: none) of each of these agreements, as they are now. */
export function findCollaborationCodesOf(db: Db | Tx, ids: number[]): Map<number, string | null> {
  const out = new Map<number, string | null>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = db
      .select({ id: agreements.id, code: collaborations.code })
      .from(agreements)
      .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
      .where(inArray(agreements.id, ids.slice(i, i + 500)))
      .all();
    for (const r of rows) out.set(r.id, r.code);
  }
  return out;
}

/** Drops planned reminders that never went out (in no e-mail, or in one never attempted): their recipient may no longer see the agreement. */
export function deleteUnsentItems(tx: Tx, itemIds: number[]): void {
  for (let i = 0; i < itemIds.length; i += 500) {
    tx.delete(reminderItems)
      .where(inArray(reminderItems.id, itemIds.slice(i, i + 500)))
      .run();
  }
}
