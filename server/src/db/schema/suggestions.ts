import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './accounts.ts';
import { agreements } from './core.ts';
import { documents, documentVersions } from './documents.ts';

/**
 * A fact read from a document's text and proposed for its agreement (issue 13,
 * item 7; decision 048). Never applied without a person: `open` until legal or
 * admin accepts (the value goes through the normal agreement update) or rejects.
 * One row per agreement, field and value, so a value rejected once is not
 * proposed again by a later version of a document.
 */
export const agreementSuggestions = sqliteTable(
  'agreement_suggestions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    versionId: integer('version_id')
      .notNull()
      .references(() => documentVersions.id),
    /** startDate | endDate | … | signedDate (`SUGGESTION_FIELDS`). */
    field: text('field').notNull(),
    /** The value as JSON, in the agreement's own shape ("2024-01-01", 36, {"value":3,"unit":"month"}, true). */
    value: text('value').notNull(),
    page: integer('page').notNull(),
    quote: text('quote').notNull(),
    /** open | accepted | rejected */
    state: text('state').notNull().default('open'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: text('decided_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('agreement_suggestions_value_uq').on(t.agreementId, t.field, t.value), index('agreement_suggestions_version_idx').on(t.versionId)],
);

/** Which document versions the reader has read, and with which edition of it (a better reader reads again). */
export const suggestionReadings = sqliteTable('suggestion_readings', {
  versionId: integer('version_id')
    .primaryKey()
    .references(() => documentVersions.id),
  readerEdition: integer('reader_edition').notNull(),
  readAt: text('read_at').notNull(),
});
