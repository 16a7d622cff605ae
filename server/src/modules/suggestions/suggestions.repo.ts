import { and, asc, eq, lt, or, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { agreementSuggestions, documentPages, documents, documentVersions, suggestionReadings } from '../../db/schema/index.ts';

export type SuggestionRow = typeof agreementSuggestions.$inferSelect;
export type SuggestionWithDocument = SuggestionRow & { documentTitle: string; version: number };

/** Versions of the agreement's documents (not archived) whose text is extracted and not yet read by this edition of the reader. */
export function findUnreadVersions(db: Db, agreementId: number, edition: number): { versionId: number; documentId: number }[] {
  return db
    .select({ versionId: documentVersions.id, documentId: documents.id })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .leftJoin(suggestionReadings, eq(suggestionReadings.versionId, documentVersions.id))
    .where(
      and(
        eq(documents.agreementId, agreementId),
        isNull(documents.archivedAt),
        eq(documentVersions.textStatus, 'done'),
        or(isNull(suggestionReadings.versionId), lt(suggestionReadings.readerEdition, edition)),
      ),
    )
    .orderBy(asc(documentVersions.id))
    .all();
}

/** The extracted pages of a version, in order. */
export function findPages(db: Db, versionId: number): { page: number; text: string }[] {
  return db.select({ page: documentPages.page, text: documentPages.text }).from(documentPages).where(eq(documentPages.versionId, versionId)).orderBy(asc(documentPages.page)).all();
}

export interface NewSuggestion {
  field: string;
  value: string;
  page: number;
  quote: string;
}

/**
 * Stores what the reader found in one version and marks it read: a value
 * already proposed for the agreement (in any state) is not proposed twice;
 * open proposals of this version that the reader no longer finds are dropped.
 */
export function saveReading(tx: Tx, r: { agreementId: number; documentId: number; versionId: number; edition: number; at: string; found: NewSuggestion[] }): void {
  const keys = r.found.map((s) => `${s.field}\u0000${s.value}`);
  tx.delete(agreementSuggestions)
    .where(
      and(
        eq(agreementSuggestions.versionId, r.versionId),
        eq(agreementSuggestions.state, 'open'),
        keys.length ? notInArray(sql`${agreementSuggestions.field} || char(0) || ${agreementSuggestions.value}`, keys) : undefined,
      ),
    )
    .run();
  for (const s of r.found) {
    tx.insert(agreementSuggestions)
      .values({ agreementId: r.agreementId, documentId: r.documentId, versionId: r.versionId, ...s, state: 'open', createdAt: r.at })
      .onConflictDoNothing()
      .run();
  }
  tx.insert(suggestionReadings)
    .values({ versionId: r.versionId, readerEdition: r.edition, readAt: r.at })
    .onConflictDoUpdate({ target: suggestionReadings.versionId, set: { readerEdition: r.edition, readAt: r.at } })
    .run();
}

const withDocument = {
  row: agreementSuggestions,
  documentTitle: documents.title,
  version: documentVersions.version,
};

/** The agreement's suggestions from documents that are not archived, oldest first. */
export function findSuggestions(db: Db, agreementId: number): SuggestionWithDocument[] {
  return db
    .select(withDocument)
    .from(agreementSuggestions)
    .innerJoin(documents, eq(documents.id, agreementSuggestions.documentId))
    .innerJoin(documentVersions, eq(documentVersions.id, agreementSuggestions.versionId))
    .where(and(eq(agreementSuggestions.agreementId, agreementId), isNull(documents.archivedAt)))
    .orderBy(asc(agreementSuggestions.id))
    .all()
    .map((r) => ({ ...r.row, documentTitle: r.documentTitle, version: r.version }));
}

/** One suggestion of the agreement, unless its document is archived. */
export function findSuggestion(db: Db | Tx, agreementId: number, id: number): SuggestionWithDocument | undefined {
  const r = db
    .select(withDocument)
    .from(agreementSuggestions)
    .innerJoin(documents, eq(documents.id, agreementSuggestions.documentId))
    .innerJoin(documentVersions, eq(documentVersions.id, agreementSuggestions.versionId))
    .where(and(eq(agreementSuggestions.id, id), eq(agreementSuggestions.agreementId, agreementId), isNull(documents.archivedAt)))
    .get();
  return r && { ...r.row, documentTitle: r.documentTitle, version: r.version };
}

/** Moves an open suggestion to accepted or rejected; false when it was no longer open (someone decided first). */
export function decideSuggestion(tx: Tx, id: number, state: 'accepted' | 'rejected', by: number, at: string): boolean {
  return (
    tx
      .update(agreementSuggestions)
      .set({ state, decidedBy: by, decidedAt: at })
      .where(and(eq(agreementSuggestions.id, id), eq(agreementSuggestions.state, 'open')))
      .run().changes === 1
  );
}

/** Puts a decided suggestion back to open (undo of a decision); false when it was open already. */
export function reopenSuggestion(tx: Tx, id: number): boolean {
  return (
    tx
      .update(agreementSuggestions)
      .set({ state: 'open', decidedBy: null, decidedAt: null })
      .where(and(eq(agreementSuggestions.id, id), sql`${agreementSuggestions.state} <> 'open'`))
      .run().changes === 1
  );
}
