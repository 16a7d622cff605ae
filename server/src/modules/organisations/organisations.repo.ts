import { and, asc, eq, ne, or, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { agreementParties, agreements, collaborationMembers, collaborations, organisations } from '../../db/schema/index.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrganisationInsert = typeof organisations.$inferInsert;

/** Organisations in name order; synthetic ones only when asked. */
export function listOrganisationRows(db: Db, includeSynthetic: boolean): OrganisationRow[] {
  return db
    .select()
    .from(organisations)
    .where(includeSynthetic ? undefined : eq(organisations.isSynthetic, false))
    .orderBy(asc(organisations.name))
    .all();
}

/** One organisation by id. */
export function findOrganisationRow(db: Db | Tx, id: number): OrganisationRow | undefined {
  return db.select().from(organisations).where(eq(organisations.id, id)).get();
}

/** The agreements an organisation is party to, with its role in each. */
export function findAgreementsOfOrganisation(db: Db, id: number) {
  return db
    .select({
      agreementId: agreements.id,
      title: agreements.title,
      type: agreements.type,
      status: agreements.status,
      archivedAt: agreements.archivedAt,
      role: agreementParties.role,
      collaborationCode: collaborations.code,
    })
    .from(agreementParties)
    .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
    .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
    .where(eq(agreementParties.organisationId, id))
    .orderBy(asc(agreementParties.role), asc(agreements.title))
    .limit(5000)
    .all();
}

/** The collaborations an organisation takes part in, with its role. */
export function findCollaborationsOfOrganisation(db: Db | Tx, id: number) {
  return db
    .select({ code: collaborations.code, name: collaborations.name, role: collaborationMembers.role })
    .from(collaborationMembers)
    .innerJoin(collaborations, eq(collaborations.id, collaborationMembers.collaborationId))
    .where(eq(collaborationMembers.organisationId, id))
    .orderBy(asc(collaborations.code))
    .all();
}

/** Every organisation's id and name (a few thousand at most), for the duplicate check by normalised name. */
export function listOrganisationNames(db: Db | Tx): { id: number; name: string }[] {
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).all();
}

/** The organisations (other than `exceptId`) with this KvK number or OIN. */
export function findOrganisationsByNumber(
  db: Db | Tx,
  numbers: { kvkNumber?: string | null | undefined; oin?: string | null | undefined },
  exceptId: number | null,
): OrganisationRow[] {
  const matches: SQL[] = [];
  if (numbers.kvkNumber) matches.push(eq(organisations.kvkNumber, numbers.kvkNumber));
  if (numbers.oin) matches.push(eq(organisations.oin, numbers.oin));
  if (!matches.length) return [];
  return db
    .select()
    .from(organisations)
    .where(and(or(...matches), exceptId === null ? undefined : ne(organisations.id, exceptId)))
    .all();
}

/** Inserts an organisation; returns its id. */
export function insertOrganisation(tx: Tx, values: OrganisationInsert): number {
  return tx.insert(organisations).values(values).returning({ id: organisations.id }).get().id;
}

/** Updates an organisation when its version is still `version` (then bumps it); false when it moved on. */
export function updateOrganisationIfVersion(tx: Tx, id: number, version: number, changes: Partial<OrganisationInsert>): boolean {
  const res = tx
    .update(organisations)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(organisations.id, id), eq(organisations.version, version)))
    .run();
  return res.changes === 1;
}

/**
 * The collaborations an organisation's data reaches: those of the agreements
 * it is party to (null for an agreement without one) and those it is a member of.
 */
export function findReachOfOrganisation(db: Db | Tx, id: number): (string | null)[] {
  const viaAgreements = db
    .selectDistinct({ code: collaborations.code })
    .from(agreementParties)
    .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
    .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
    .where(eq(agreementParties.organisationId, id))
    .all();
  const viaMembership = findCollaborationsOfOrganisation(db, id);
  return [...viaAgreements.map((r) => r.code), ...viaMembership.map((r) => r.code)];
}
