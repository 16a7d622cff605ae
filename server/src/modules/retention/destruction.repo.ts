import { and, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { redactSnapshot } from '@akkoord/shared/domain/destruction-redaction';
import type { Db, Tx } from '../../db/client.ts';
import {
  agreementParties,
  agreementRelations,
  agreements,
  agreementSuggestions,
  collaborations,
  destructionListItems,
  destructionLists,
  destructionRecords,
  documentPages,
  documents,
  documentVersions,
  importChanges,
  retentionRules,
} from '../../db/schema/index.ts';

export type DestructionListRow = typeof destructionLists.$inferSelect;
export type DestructionRecordInsert = Omit<typeof destructionRecords.$inferInsert, 'id'>;

/** An agreement that has a destroy rule and is not destroyed: what the retention screens need of it. */
export interface CandidateRow {
  id: number;
  title: string;
  reference: string | null;
  type: string;
  collaborationCode: string | null;
  terminationDate: string | null;
  currentTermEnd: string | null;
  archivedAt: string | null;
  legalHoldReason: string | null;
  ruleId: number;
  ruleCode: string;
  ruleDescription: string;
  ruleYears: number | null;
  ruleLegalBasis: string;
  documentCount: number;
  pendingListId: number | null;
}

const candidateColumns = {
  id: agreements.id,
  title: agreements.title,
  reference: agreements.reference,
  type: agreements.type,
  collaborationCode: collaborations.code,
  terminationDate: agreements.terminationDate,
  currentTermEnd: agreements.currentTermEnd,
  archivedAt: agreements.archivedAt,
  legalHoldReason: agreements.legalHoldReason,
  ruleId: retentionRules.id,
  ruleCode: retentionRules.code,
  ruleDescription: retentionRules.description,
  ruleYears: retentionRules.years,
  ruleLegalBasis: retentionRules.legalBasis,
  documentCount: sql<number>`(select count(*) from ${documents} d where d.agreement_id = ${agreements.id})`,
  pendingListId: sql<
    number | null
  >`(select i.list_id from ${destructionListItems} i join ${destructionLists} l on l.id = i.list_id where i.agreement_id = ${agreements.id} and l.state = 'proposed' limit 1)`,
};

/** Agreements with a destroy rule and a known end, not destroyed (the caller filters by date and scope). */
export function findDestroyCandidates(db: Db | Tx, ids?: number[]): CandidateRow[] {
  const base = and(eq(retentionRules.action, 'destroy'), isNull(agreements.destroyedAt), or(isNotNull(agreements.terminationDate), isNotNull(agreements.currentTermEnd)));
  return db
    .select(candidateColumns)
    .from(agreements)
    .innerJoin(retentionRules, eq(retentionRules.id, agreements.retentionRuleId))
    .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
    .where(ids ? and(base, inArray(agreements.id, ids)) : base)
    .orderBy(agreements.id)
    .all();
}

/** The state of the given agreements that a proposal checks (visible, destroyed, hold), with their title. */
export function findAgreementStates(db: Db | Tx, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: agreements.id,
      title: agreements.title,
      reference: agreements.reference,
      collaborationCode: collaborations.code,
      destroyedAt: agreements.destroyedAt,
      legalHoldReason: agreements.legalHoldReason,
    })
    .from(agreements)
    .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
    .where(inArray(agreements.id, ids))
    .all();
}

export function insertDestructionList(tx: Tx, values: Omit<typeof destructionLists.$inferInsert, 'id'>, agreementIds: number[]): number {
  const id = tx.insert(destructionLists).values(values).returning({ id: destructionLists.id }).get().id;
  for (const agreementId of agreementIds) tx.insert(destructionListItems).values({ listId: id, agreementId }).run();
  return id;
}

export function findDestructionList(db: Db | Tx, id: number): DestructionListRow | undefined {
  return db.select().from(destructionLists).where(eq(destructionLists.id, id)).get();
}

/** Lists, newest first. */
export function findDestructionLists(db: Db | Tx): DestructionListRow[] {
  return db.select().from(destructionLists).orderBy(desc(destructionLists.id)).all();
}

export function findListItemIds(db: Db | Tx, listIds: number[]): { listId: number; agreementId: number }[] {
  if (!listIds.length) return [];
  return db.select().from(destructionListItems).where(inArray(destructionListItems.listId, listIds)).orderBy(destructionListItems.agreementId).all();
}

/** Moves a proposed list to its decision; false when it was no longer proposed. */
export function decideDestructionList(tx: Tx, id: number, values: Pick<DestructionListRow, 'state' | 'decidedBy' | 'decidedByLabel' | 'decidedAt' | 'decisionNote'>): boolean {
  return (
    tx
      .update(destructionLists)
      .set(values)
      .where(and(eq(destructionLists.id, id), eq(destructionLists.state, 'proposed')))
      .run().changes === 1
  );
}

/** The documents of an agreement with the content addresses of their versions. */
export function findDocumentsWithVersions(db: Db | Tx, agreementId: number) {
  const docs = db
    .select({ id: documents.id, title: documents.title, kind: documents.kind })
    .from(documents)
    .where(eq(documents.agreementId, agreementId))
    .orderBy(documents.id)
    .all();
  const versions = docs.length
    ? db
        .select({ id: documentVersions.id, documentId: documentVersions.documentId, sha256: documentVersions.sha256 })
        .from(documentVersions)
        .where(
          inArray(
            documentVersions.documentId,
            docs.map((d) => d.id),
          ),
        )
        .orderBy(documentVersions.documentId, documentVersions.version)
        .all()
    : [];
  return docs.map((d) => ({ ...d, versions: versions.filter((v) => v.documentId === d.id) }));
}

/**
 * Clears an agreement's personal data and the text read from its documents (decision 063): owner and deputy,
 * notes (its own, its documents', its relations'), signatories, the pages' text (and so the search index) and the
 * quotes of suggestions. Marks it destroyed and archived. Part of the approval's transaction.
 */
export function clearAgreementForDestruction(tx: Tx, agreementId: number, versionIds: number[], now: string): void {
  tx.update(agreements)
    .set({
      ownerName: null,
      ownerEmail: null,
      deputyEmail: null,
      notes: null,
      legalHoldReason: null,
      legalHoldBy: null,
      legalHoldAt: null,
      destroyedAt: now,
      archivedAt: sql`coalesce(${agreements.archivedAt}, ${now})`,
      updatedAt: now,
      version: sql`${agreements.version} + 1`,
    })
    .where(eq(agreements.id, agreementId))
    .run();
  tx.update(agreementParties).set({ signatoryName: null, signatoryTitle: null, signatoryMandate: null }).where(eq(agreementParties.agreementId, agreementId)).run();
  tx.update(agreementRelations)
    .set({ note: null })
    .where(or(eq(agreementRelations.sourceId, agreementId), eq(agreementRelations.targetId, agreementId)))
    .run();
  tx.update(documents)
    .set({ note: null, archivedAt: sql`coalesce(${documents.archivedAt}, ${now})` })
    .where(eq(documents.agreementId, agreementId))
    .run();
  if (versionIds.length) tx.delete(documentPages).where(inArray(documentPages.versionId, versionIds)).run();
  tx.update(agreementSuggestions).set({ quote: '' }).where(eq(agreementSuggestions.agreementId, agreementId)).run();
  // An import batch that updated the agreement kept its columns and parties as they were, to undo it: the same
  // personal fields go there too (a revert skips an agreement changed since the import, as this one now is).
  for (const change of tx.select({ id: importChanges.id, before: importChanges.before }).from(importChanges).where(eq(importChanges.agreementId, agreementId)).all()) {
    const redacted = redactSnapshot(change.before);
    if (redacted.changed)
      tx.update(importChanges)
        .set({ before: redacted.value as typeof change.before })
        .where(eq(importChanges.id, change.id))
        .run();
  }
}

export function insertDestructionRecord(tx: Tx, values: DestructionRecordInsert): void {
  tx.insert(destructionRecords).values(values).run();
}

/** Whether a version of an agreement that is not destroyed still holds these bytes (content addressing shares files). */
export function isContentStillUsed(db: Db | Tx, sha256: string): boolean {
  return !!db
    .select({ id: documentVersions.id })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .innerJoin(agreements, eq(agreements.id, documents.agreementId))
    .where(and(eq(documentVersions.sha256, sha256), isNull(agreements.destroyedAt)))
    .limit(1)
    .get();
}
