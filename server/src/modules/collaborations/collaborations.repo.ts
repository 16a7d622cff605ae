import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { agreements, collaborationMembers, collaborations, fundingLines, organisations } from '../../db/schema/index.ts';

export type CollaborationRow = typeof collaborations.$inferSelect;
export type FundingRow = typeof fundingLines.$inferSelect;

/** Collaborations with their parent code and counts of live agreements and members. */
export function listCollaborationRows(db: Db, scope: string[] | null) {
  const parent = db.select({ id: collaborations.id, code: collaborations.code }).from(collaborations).as('parent');
  return db
    .select({
      row: collaborations,
      parentCode: parent.code,
      agreementCount: sql<number>`(select count(*) from ${agreements} a where a.collaboration_id = ${collaborations.id} and a.archived_at is null)`,
      memberCount: sql<number>`(select count(distinct m.organisation_id) from ${collaborationMembers} m where m.collaboration_id = ${collaborations.id})`,
    })
    .from(collaborations)
    .leftJoin(parent, eq(parent.id, collaborations.parentId))
    .where(scope ? inArray(collaborations.code, scope.length ? scope : ['']) : undefined)
    .orderBy(asc(collaborations.id))
    .all();
}

/** One collaboration by code. */
export function findCollaborationRow(db: Db, code: string) {
  return listCollaborationRows(db, null).find((r) => r.row.code === code);
}

/** Members with organisation name and kind. */
export function findMembers(db: Db, collaborationId: number) {
  return db
    .select({ m: collaborationMembers, name: organisations.name, kind: organisations.kind })
    .from(collaborationMembers)
    .innerJoin(organisations, eq(organisations.id, collaborationMembers.organisationId))
    .where(eq(collaborationMembers.collaborationId, collaborationId))
    .orderBy(asc(collaborationMembers.role), asc(organisations.name))
    .all();
}

/** Funding lines of the given collaborations in their source order. */
export function findFunding(db: Db, collaborationIds: number[]): FundingRow[] {
  if (!collaborationIds.length) return [];
  return db.select().from(fundingLines).where(inArray(fundingLines.collaborationId, collaborationIds)).orderBy(asc(fundingLines.position), asc(fundingLines.id)).all();
}

/** Headlines of live agreements per collaboration, for the overview table. */
export function findAgreementHeadlines(db: Db) {
  return db
    .select({ id: agreements.id, type: agreements.type, title: agreements.title, startDate: agreements.startDate, collaborationId: agreements.collaborationId })
    .from(agreements)
    .where(and(isNull(agreements.archivedAt), eq(agreements.isSynthetic, false)))
    .orderBy(asc(agreements.startDate), asc(agreements.id))
    .all();
}

/** Ids of a collaboration's live agreements (synthetic ones included), by id: all a caller outside it learns. */
export function findAgreementIdsOf(db: Db, collaborationId: number): number[] {
  return db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.collaborationId, collaborationId), isNull(agreements.archivedAt)))
    .orderBy(asc(agreements.id))
    .all()
    .map((r) => r.id);
}
