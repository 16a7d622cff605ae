import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { agreementParties, agreements, collaborationMembers, collaborations, organisations } from '../../db/schema/index.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

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
export function findOrganisationRow(db: Db, id: number): OrganisationRow | undefined {
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
export function findCollaborationsOfOrganisation(db: Db, id: number) {
  return db
    .select({ code: collaborations.code, name: collaborations.name, role: collaborationMembers.role })
    .from(collaborationMembers)
    .innerJoin(collaborations, eq(collaborations.id, collaborationMembers.collaborationId))
    .where(eq(collaborationMembers.organisationId, id))
    .orderBy(asc(collaborations.code))
    .all();
}
