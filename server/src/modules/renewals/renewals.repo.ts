import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { agreementRelations } from '../../db/schema/index.ts';

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
