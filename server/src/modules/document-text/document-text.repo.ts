import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { documentPages, documents, documentVersions } from '../../db/schema/documents.ts';

/** A version still waiting for its text, with what the extraction needs to find and read its file. */
export interface PendingVersion {
  id: number;
  documentId: number;
  agreementId: number;
  sha256: string;
  mediaType: string;
}

/** Versions with text status `pending` after `afterId`, oldest first. */
export function findPendingVersions(db: Db, afterId: number, limit: number): PendingVersion[] {
  return db
    .select({
      id: documentVersions.id,
      documentId: documentVersions.documentId,
      agreementId: documents.agreementId,
      sha256: documentVersions.sha256,
      mediaType: documentVersions.mediaType,
    })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(and(eq(documentVersions.textStatus, 'pending'), gt(documentVersions.id, afterId)))
    .orderBy(asc(documentVersions.id))
    .limit(limit)
    .all();
}

/** What extraction found for one version. */
export interface ExtractionResult {
  status: 'done' | 'no_text_layer' | 'failed';
  reason: string | null;
  pages: string[];
}

/**
 * Writes a version's pages and its text status in one transaction, only while
 * it is still `pending` (a result never overwrites another); answers whether
 * it wrote. Pages are numbered from 1.
 */
export function saveExtraction(db: Db, versionId: number, result: ExtractionResult, at: string): boolean {
  return db.transaction((tx) => {
    const updated = tx
      .update(documentVersions)
      .set({ textStatus: result.status, textReason: result.reason, textExtractedAt: at })
      .where(and(eq(documentVersions.id, versionId), eq(documentVersions.textStatus, 'pending')))
      .run();
    if (updated.changes === 0) return false;
    tx.delete(documentPages).where(eq(documentPages.versionId, versionId)).run();
    for (let i = 0; i < result.pages.length; i += 200) {
      const batch = result.pages.slice(i, i + 200).map((text, j) => ({ versionId, page: i + j + 1, text }));
      tx.insert(documentPages).values(batch).run();
    }
    return true;
  });
}

/** One version's text status and pages (in page order), or undefined when the document has no such version. */
export function findVersionText(db: Db, documentId: number, version: number) {
  const row = db
    .select({ id: documentVersions.id, status: documentVersions.textStatus, reason: documentVersions.textReason, extractedAt: documentVersions.textExtractedAt })
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version)))
    .get();
  if (!row) return undefined;
  const pages = db
    .select({ page: documentPages.page, text: documentPages.text })
    .from(documentPages)
    .where(eq(documentPages.versionId, row.id))
    .orderBy(asc(documentPages.page))
    .all();
  return { ...row, pages };
}
