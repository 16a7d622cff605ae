import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ImportState } from '@akkoord/shared/import/import-fields';
import { users } from './accounts.ts';
import { agreements } from './core.ts';

/**
 * One uploaded spreadsheet and what became of it (decision 050): its header,
 * the mapping, and once committed the counts; its rows are in `import_rows`.
 * Kept after the commit so the batch can be reverted and its rejected rows
 * downloaded.
 */
export const importBatches = sqliteTable(
  'import_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    fileName: text('file_name').notNull(),
    format: text('format').notNull().$type<'csv' | 'xlsx'>(),
    encoding: text('encoding').$type<'utf-8' | 'windows-1252'>(),
    separator: text('separator').$type<';' | ',' | '\t'>(),
    columns: text('columns', { mode: 'json' }).notNull().$type<string[]>(),
    mapping: text('mapping', { mode: 'json' }).$type<Record<string, string | null>>(),
    defaults: text('defaults', { mode: 'json' }).$type<Record<string, string>>(),
    state: text('state').notNull().$type<ImportState>(),
    total: integer('total').notNull(),
    processed: integer('processed').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    organisationsCreated: integer('organisations_created').notNull().default(0),
    error: text('error'),
    createdAt: text('created_at').notNull(),
    committedAt: text('committed_at'),
    revertedAt: text('reverted_at'),
    /** What the revert did: `{ archived, restored, skipped }`. */
    reverted: text('reverted', { mode: 'json' }).$type<{ archived: number; restored: number; skipped: number; organisationsRemoved?: number }>(),
  },
  (t) => [index('import_batches_created_by_idx').on(t.createdBy, t.id)],
);

/**
 * The rows of an uploaded spreadsheet below its header, one table row each
 * (decision 059): the preview, the commit and errors.csv read them a chunk at
 * a time instead of parsing the whole sheet at once. They go with their batch.
 */
export const importRows = sqliteTable(
  'import_rows',
  {
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    /** Its line in the spreadsheet (the header is line 1). */
    n: integer('n').notNull(),
    /** Its cells as text. */
    cells: text('cells', { mode: 'json' }).notNull().$type<string[]>(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.n] })],
);

/** What a committed batch did to one agreement: created it, or updated it (with the values before), for the revert. */
export const importChanges = sqliteTable(
  'import_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    kind: text('kind').notNull().$type<'created' | 'updated'>(),
    rowNumber: integer('row_number').notNull(),
    /** For an update: the columns it changed, as they were, and the parties when it replaced them. */
    before: text('before', { mode: 'json' }).$type<{ columns: Record<string, unknown>; parties?: unknown[] }>(),
    /** The agreement's version right after the import: a revert restores only what nobody changed since. */
    versionAfter: integer('version_after').notNull(),
  },
  (t) => [index('import_changes_batch_idx').on(t.batchId)],
);

/** The mapping last saved for a set of headers (their normalised names, sorted), suggested again for the same set. */
export const importMappings = sqliteTable('import_mappings', {
  headerKey: text('header_key').primaryKey(),
  mapping: text('mapping', { mode: 'json' }).notNull().$type<Record<string, string | null>>(),
  updatedAt: text('updated_at').notNull(),
});
