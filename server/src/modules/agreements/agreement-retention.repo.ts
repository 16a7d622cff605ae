import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { destructionListItems, destructionLists, destructionRecords, retentionRules, users } from '../../db/schema/index.ts';

export type RetentionRuleRow = typeof retentionRules.$inferSelect;
export type DestructionRecordRow = typeof destructionRecords.$inferSelect;

/** One rule of the selection list. */
export function findRetentionRule(db: Db | Tx, id: number): RetentionRuleRow | undefined {
  return db.select().from(retentionRules).where(eq(retentionRules.id, id)).get();
}

/** The label (e-mail) of an account, for a legal hold's "who". */
export function findUserLabel(db: Db | Tx, id: number): string | undefined {
  return db.select({ email: users.email }).from(users).where(eq(users.id, id)).get()?.email;
}

/** The minimal record of a destroyed agreement. */
export function findDestructionRecord(db: Db | Tx, agreementId: number): DestructionRecordRow | undefined {
  return db.select().from(destructionRecords).where(eq(destructionRecords.agreementId, agreementId)).get();
}

/** The proposed destruction list that names an agreement, if any. */
export function findPendingListId(db: Db | Tx, agreementId: number): number | null {
  const r = db
    .select({ id: destructionLists.id })
    .from(destructionListItems)
    .innerJoin(destructionLists, eq(destructionLists.id, destructionListItems.listId))
    .where(and(eq(destructionListItems.agreementId, agreementId), eq(destructionLists.state, 'proposed')))
    .get();
  return r?.id ?? null;
}
