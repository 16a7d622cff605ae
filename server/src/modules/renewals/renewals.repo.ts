import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { agreementRelations, agreements } from '../../db/schema/index.ts';

/** Links a successor to the agreement it renews ("successor renews predecessor"). */
export function insertRenewsRelation(tx: Tx, successorId: number, predecessorId: number, now: string): void {
  tx.insert(agreementRelations).values({ sourceId: successorId, kind: 'renews', targetId: predecessorId, note: null, createdAt: now }).run();
}

/** The agreement a successor renews, if it renews one. */
export function findRenewedPredecessorId(db: Db | Tx, successorId: number): number | undefined {
  return db
    .select({ id: agreementRelations.targetId })
    .from(agreementRelations)
    .where(and(eq(agreementRelations.sourceId, successorId), eq(agreementRelations.kind, 'renews')))
    .orderBy(asc(agreementRelations.id))
    .get()?.id;
}

/** Draft successors (not archived) that renew this agreement, with the relation that links each. */
export function findDraftSuccessors(db: Db | Tx, predecessorId: number): { id: number; relationId: number }[] {
  return db
    .select({ id: agreements.id, relationId: agreementRelations.id })
    .from(agreementRelations)
    .innerJoin(agreements, eq(agreements.id, agreementRelations.sourceId))
    .where(and(eq(agreementRelations.targetId, predecessorId), eq(agreementRelations.kind, 'renews'), eq(agreements.workflowState, 'draft'), isNull(agreements.archivedAt)))
    .orderBy(asc(agreementRelations.id))
    .all();
}

/** Removes a `renews` link, returning the row as it was (for the audit trail). */
export function deleteRenewsRelation(tx: Tx, relationId: number): typeof agreementRelations.$inferSelect | undefined {
  const row = tx
    .select()
    .from(agreementRelations)
    .where(and(eq(agreementRelations.id, relationId), eq(agreementRelations.kind, 'renews')))
    .get();
  if (row) tx.delete(agreementRelations).where(eq(agreementRelations.id, relationId)).run();
  return row;
}
