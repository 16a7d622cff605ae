import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { agreements, retentionDefaults, retentionRules } from '../../db/schema/index.ts';

export type RetentionRuleRow = typeof retentionRules.$inferSelect;
export type RetentionRuleInsert = Omit<typeof retentionRules.$inferInsert, 'id'>;

export function findRetentionRule(db: Db | Tx, id: number): RetentionRuleRow | undefined {
  return db.select().from(retentionRules).where(eq(retentionRules.id, id)).get();
}

/** Every rule, by code, with the types it is the default of and how many agreements have it. */
export function listRetentionRules(db: Db | Tx): (RetentionRuleRow & { defaultForTypes: string[]; agreementCount: number })[] {
  const rules = db.select().from(retentionRules).orderBy(asc(retentionRules.code)).all();
  const defaults = db.select().from(retentionDefaults).all();
  const counts = new Map(
    db
      .select({ ruleId: agreements.retentionRuleId, n: sql<number>`count(*)` })
      .from(agreements)
      .groupBy(agreements.retentionRuleId)
      .all()
      .map((r) => [r.ruleId, r.n]),
  );
  return rules.map((r) => ({
    ...r,
    defaultForTypes: defaults.filter((d) => d.ruleId === r.id).map((d) => d.agreementType),
    agreementCount: counts.get(r.id) ?? 0,
  }));
}

export function findRuleByCode(db: Db | Tx, code: string): RetentionRuleRow | undefined {
  return db.select().from(retentionRules).where(eq(retentionRules.code, code)).get();
}

export function insertRetentionRule(tx: Tx, values: RetentionRuleInsert): number {
  return tx.insert(retentionRules).values(values).returning({ id: retentionRules.id }).get().id;
}

export function updateRetentionRuleRow(tx: Tx, id: number, values: Partial<RetentionRuleInsert>): void {
  tx.update(retentionRules).set(values).where(eq(retentionRules.id, id)).run();
}

export function deleteRetentionRuleRow(tx: Tx, id: number): void {
  tx.delete(retentionRules).where(eq(retentionRules.id, id)).run();
}

/** Makes a rule the default of exactly these types (a type named moves from another rule). */
export function replaceDefaultsOf(tx: Tx, ruleId: number, types: string[]): void {
  tx.delete(retentionDefaults).where(eq(retentionDefaults.ruleId, ruleId)).run();
  if (types.length) tx.delete(retentionDefaults).where(inArray(retentionDefaults.agreementType, types)).run();
  for (const agreementType of types) tx.insert(retentionDefaults).values({ agreementType, ruleId }).run();
}

/** How many agreements have this rule (a rule in use is never deleted). */
export function countAgreementsWithRule(db: Db | Tx, ruleId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(agreements)
      .where(eq(agreements.retentionRuleId, ruleId))
      .get()?.n ?? 0
  );
}
