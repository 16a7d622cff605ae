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
  const { n } = db.$client.prepare('select count(*) as n from document_versions where document_id = ?').get(documentId) as { n: number };
  const version = n + 1;
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
  pages.forEach((text, i) =>
    db
      .insert(documentPages)
      .values({ versionId, page: i + 1, text })
      .run(),
  );
  return versionId;
}

/** Marks a version's extraction done (as the text worker does after it wrote the pages). */
export function finishExtraction(t: TestApp, versionId: number): void {
  t.deps.db.$client.prepare("update document_versions set text_status = 'done' where id = ?").run(versionId);
}

/** Archives a document. */
export function archiveDocument(t: TestApp, documentId: number): void {
  t.deps.db.$client.prepare("update documents set archived_at = '2026-11-01T00:00:00.000Z', archived_by = ? where id = ?").run(t.user.id, documentId);
}
