import type { Db } from '../../db/client.ts';

/** The agreement id of a seeded agreement by its exact title. */
export function agreementIdByTitle(db: Db, title: string): number {
  return db.$client.prepare('select id from agreements where title = ?').pluck().get(title) as number;
}

/**
 * Puts a document with one version and its page texts on an agreement, as
 * upload and text extraction would leave them (`text_status` done), straight
 * in the tables: the search indexes follow the tables by their triggers.
 */
export function addDocumentWithText(db: Db, agreementId: number, pages: string[], { title = 'getekend.pdf', userId = 1 } = {}): { documentId: number; versionId: number } {
  const c = db.$client;
  const documentId = Number(
    c.prepare("insert into documents (agreement_id, kind, title, created_by) values (?, 'signed_copy', ?, ?)").run(agreementId, title, userId).lastInsertRowid,
  );
  const versionId = addVersionWithText(db, documentId, pages, { userId });
  return { documentId, versionId };
}

/** Adds the next version of a document with its page texts (none: text not extracted yet). */
export function addVersionWithText(db: Db, documentId: number, pages: string[] | null, { userId = 1 } = {}): number {
  const c = db.$client;
  return c.transaction(() => {
    const version = ((c.prepare('select max(version) from document_versions where document_id = ?').pluck().get(documentId) as number | null) ?? 0) + 1;
    const versionId = Number(
      c
        .prepare(
          "insert into document_versions (document_id, version, sha256, size_bytes, media_type, file_name, uploaded_by, text_status) values (?, ?, ?, 10, 'application/pdf', 'getekend.pdf', ?, ?)",
        )
        .run(documentId, version, `${documentId}-${version}`.padEnd(64, '0'), userId, pages ? 'done' : 'pending').lastInsertRowid,
    );
    pages?.forEach((text, i) => c.prepare('insert into document_pages (version_id, page, text) values (?, ?, ?)').run(versionId, i + 1, text));
    return versionId;
  })();
}
