import { eq } from 'drizzle-orm';
import { documentPages, documents, documentVersions } from '../../db/schema/index.ts';
import type { TestApp } from '../../test/harness.ts';

let hashes = 0;

/**
 * A document on an agreement with one version whose text extraction is done
 * (as the upload and the text worker would leave it), written straight into
 * the tables so the suggestions can be tested on their own.
 */
export function addDocumentWithText(t: TestApp, agreementId: number, pages: string[], opts: { status?: string; title?: string } = {}): { documentId: number; versionId: number } {
  const db = t.deps.db;
  const documentId = db
    .insert(documents)
    .values({ agreementId, kind: 'signed_copy', title: opts.title ?? 'getekend.pdf', createdBy: t.user.id })
    .returning({ id: documents.id })
    .get().id;
  const versionId = addVersionWithText(t, documentId, pages, opts.status);
  return { documentId, versionId };
}

/** Another version of a document, with its pages. */
export function addVersionWithText(t: TestApp, documentId: number, pages: string[], status = 'done'): number {
  const db = t.deps.db;
  const version = db.select({ id: documentVersions.id }).from(documentVersions).where(eq(documentVersions.documentId, documentId)).all().length + 1;
  const versionId = db
    .insert(documentVersions)
    .values({
      documentId,
      version,
      sha256: String(++hashes).padStart(64, '0'),
      sizeBytes: 1000,
      mediaType: 'application/pdf',
      fileName: 'getekend.pdf',
      uploadedBy: t.user.id,
      textStatus: status,
    })
    .returning({ id: documentVersions.id })
    .get().id;
  pages.forEach((text, i) => db.insert(documentPages).values({ versionId, page: i + 1, text }).run());
  return versionId;
}

/** Marks a version's extraction done (as the text worker does after it wrote the pages). */
export function finishExtraction(t: TestApp, versionId: number): void {
  t.deps.db.update(documentVersions).set({ textStatus: 'done' }).where(eq(documentVersions.id, versionId)).run();
}

/** Archives a document. */
export function archiveDocument(t: TestApp, documentId: number): void {
  t.deps.db.update(documents).set({ archivedAt: '2026-11-01T00:00:00.000Z', archivedBy: t.user.id }).where(eq(documents.id, documentId)).run();
}
