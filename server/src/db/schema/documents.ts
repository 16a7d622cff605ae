import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './accounts.ts';
import { agreements } from './core.ts';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * A document on an agreement (signed copy, draft, annex, …). Its bytes live in
 * the content-addressed file store, one file per version (decision 044); rows
 * are never deleted, archiving only marks them (Archiefwet).
 */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    /** signed_copy | draft | annex | amendment | correspondence | other */
    kind: text('kind').notNull(),
    /** Sanitised file name of the first version; for display only. */
    title: text('title').notNull(),
    /** Partial date (YYYY, YYYY-MM or YYYY-MM-DD) as elsewhere in the app. */
    documentDate: text('document_date'),
    note: text('note'),
    archivedAt: text('archived_at'),
    archivedBy: integer('archived_by').references(() => users.id),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('documents_agreement_idx').on(t.agreementId, t.id)],
);

/** One uploaded file of a document; append-only (1, 2, …). */
export const documentVersions = sqliteTable(
  'document_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    version: integer('version').notNull(),
    /** Lower-case hex SHA-256 of the bytes; the file store's key. */
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Sniffed from the content, never taken from the name or the request. */
    mediaType: text('media_type').notNull(),
    /** Sanitised file name as uploaded; for display and downloads only. */
    fileName: text('file_name').notNull(),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: text('uploaded_at').notNull().default(now),
    /** pending | done | no_text_layer | failed (owned by the text extraction). */
    textStatus: text('text_status').notNull().default('pending'),
    textReason: text('text_reason'),
    textExtractedAt: text('text_extracted_at'),
  },
  (t) => [
    uniqueIndex('document_versions_uq').on(t.documentId, t.version),
    index('document_versions_sha_idx').on(t.sha256),
    index('document_versions_text_status_idx').on(t.textStatus),
  ],
);

/** The text of one page of a version, written by the text extraction. */
export const documentPages = sqliteTable(
  'document_pages',
  {
    versionId: integer('version_id')
      .notNull()
      .references(() => documentVersions.id),
    page: integer('page').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.page] })],
);
