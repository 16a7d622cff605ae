import { and, asc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { agreements, auditEvents, collaborations, documents, documentVersions, users } from '../../db/schema/index.ts';

export type DocumentRow = typeof documents.$inferSelect;
export type VersionRow = typeof documentVersions.$inferSelect;
export type DocumentInsert = Omit<typeof documents.$inferInsert, 'id'>;
export type VersionInsert = Omit<typeof documentVersions.$inferInsert, 'id' | 'textStatus' | 'textReason' | 'textExtractedAt'>;

/** A document with what its visibility and writability depend on: its agreement's collaboration and archive state. */
export interface DocumentWithAgreement extends DocumentRow {
  collaborationCode: string | null;
  agreementArchivedAt: string | null;
  /** The agreement was destroyed under the Archiefwet (decision 063): its files are gone. */
  agreementDestroyedAt: string | null;
}

/** One document with its agreement's collaboration code and archive state. */
export function findDocument(db: Db | Tx, id: number): DocumentWithAgreement | undefined {
  const r = db
    .select({ row: documents, collaborationCode: collaborations.code, agreementArchivedAt: agreements.archivedAt, agreementDestroyedAt: agreements.destroyedAt })
    .from(documents)
    .innerJoin(agreements, eq(agreements.id, documents.agreementId))
    .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
    .where(eq(documents.id, id))
    .get();
  return r ? { ...r.row, collaborationCode: r.collaborationCode, agreementArchivedAt: r.agreementArchivedAt, agreementDestroyedAt: r.agreementDestroyedAt } : undefined;
}

/** The documents of an agreement, oldest first. */
export function findDocumentsOf(db: Db | Tx, agreementId: number): DocumentRow[] {
  return db.select().from(documents).where(eq(documents.agreementId, agreementId)).orderBy(asc(documents.id)).all();
}

/** The versions of the given documents, by document and number. */
export function findVersionsOf(db: Db | Tx, documentIds: number[]): VersionRow[] {
  if (!documentIds.length) return [];
  return db.select().from(documentVersions).where(inArray(documentVersions.documentId, documentIds)).orderBy(asc(documentVersions.documentId), asc(documentVersions.version)).all();
}

/** One version of a document. */
export function findVersion(db: Db | Tx, documentId: number, version: number): VersionRow | undefined {
  return db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version)))
    .get();
}

/** The document of an agreement that already holds these bytes (in any of its versions), if any. */
export function findDocumentWithContent(db: Db | Tx, agreementId: number, sha256: string): number | undefined {
  return db
    .select({ id: documents.id })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(and(eq(documents.agreementId, agreementId), eq(documentVersions.sha256, sha256)))
    .limit(1)
    .get()?.id;
}

/** Whether an agreement exists and is archived (read inside the writing transaction). */
export function findAgreementState(db: Db | Tx, agreementId: number): { archivedAt: string | null } | undefined {
  return db.select({ archivedAt: agreements.archivedAt }).from(agreements).where(eq(agreements.id, agreementId)).get();
}

/** Names of accounts by id (uploaders, archivers). */
export function findUserNames(db: Db | Tx, ids: number[]): Map<number, string> {
  if (!ids.length) return new Map();
  const rows = db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)).all();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every content address some version names (for the orphan clean-up at start). */
export function findAllContentAddresses(db: Db): Set<string> {
  // Versions of destroyed agreements refer to nothing: a file left behind by a stop between the destruction's
  // commit and its file removal is removed at the next start (decision 063).
  return new Set(
    db
      .selectDistinct({ sha256: documentVersions.sha256 })
      .from(documentVersions)
      .innerJoin(documents, eq(documents.id, documentVersions.documentId))
      .innerJoin(agreements, eq(agreements.id, documents.agreementId))
      .where(isNull(agreements.destroyedAt))
      .all()
      .map((r) => r.sha256),
  );
}

export function insertDocument(tx: Tx, values: DocumentInsert): number {
  return tx.insert(documents).values(values).returning({ id: documents.id }).get().id;
}

/** Inserts the next version of a document (number = highest + 1) with text status `pending`; returns its number. */
export function insertNextVersion(tx: Tx, values: Omit<VersionInsert, 'version'>): { id: number; version: number } {
  const last = tx
    .select({ version: documentVersions.version })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, values.documentId))
    .orderBy(asc(documentVersions.version))
    .all()
    .pop();
  const version = (last?.version ?? 0) + 1;
  const id = tx
    .insert(documentVersions)
    .values({ ...values, version })
    .returning({ id: documentVersions.id })
    .get().id;
  return { id, version };
}

export function setDocumentArchived(tx: Tx, id: number, archivedAt: string | null, archivedBy: number | null): void {
  tx.update(documents).set({ archivedAt, archivedBy }).where(eq(documents.id, id)).run();
}

/** Whether this actor's download of this version was recorded since `since` (folds a viewer's range requests into one event). */
export function hasRecentDownload(db: Db, documentId: number, version: number, actorId: number | null, since: string): boolean {
  if (actorId === null) return false;
  return (
    db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'document'),
          eq(auditEvents.entityId, String(documentId)),
          eq(auditEvents.action, 'download'),
          eq(auditEvents.actorId, actorId),
          gte(auditEvents.at, since),
          sql`json_extract(${auditEvents.after}, '$.version') = ${version}`,
        ),
      )
      .limit(1)
      .get() !== undefined
  );
}
