import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './accounts.ts';
import { agreements } from './core.ts';

/**
 * The selection list (selectielijst) admins maintain: what to do with an agreement's records once it has
 * ended (Archiefwet; decision 062). Seeded with categories of the Selectielijst gemeenten en
 * intergemeentelijke organen 2020 by the migration that made it.
 */
export const retentionRules = sqliteTable(
  'retention_rules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    description: text('description').notNull(),
    /** keep | destroy */
    action: text('action').notNull(),
    /** Years after the end (destroy only). */
    years: integer('years'),
    legalBasis: text('legal_basis').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('retention_rules_code_uq').on(t.code)],
);

/** The rule a new agreement of a type gets (one per type at most). */
export const retentionDefaults = sqliteTable('retention_defaults', {
  agreementType: text('agreement_type').primaryKey(),
  ruleId: integer('rule_id')
    .notNull()
    .references(() => retentionRules.id),
});

/** A destruction list: proposed by one admin, approved (or rejected) by another (decision 063). */
export const destructionLists = sqliteTable(
  'destruction_lists',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** proposed | approved | rejected | cancelled */
    state: text('state').notNull(),
    note: text('note'),
    proposedBy: integer('proposed_by')
      .notNull()
      .references(() => users.id),
    proposedByLabel: text('proposed_by_label').notNull(),
    proposedAt: text('proposed_at').notNull(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedByLabel: text('decided_by_label'),
    decidedAt: text('decided_at'),
    decisionNote: text('decision_note'),
  },
  (t) => [index('destruction_lists_state_idx').on(t.state, t.id)],
);

export const destructionListItems = sqliteTable(
  'destruction_list_items',
  {
    listId: integer('list_id')
      .notNull()
      .references(() => destructionLists.id),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
  },
  (t) => [uniqueIndex('destruction_list_items_uq').on(t.listId, t.agreementId), index('destruction_list_items_agreement_idx').on(t.agreementId)],
);

/** What remains of a destroyed agreement: what, when, on whose decision, under which rule. Never changed. */
export const destructionRecords = sqliteTable(
  'destruction_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    listId: integer('list_id')
      .notNull()
      .references(() => destructionLists.id),
    destroyedAt: text('destroyed_at').notNull(),
    proposedBy: integer('proposed_by'),
    proposedByLabel: text('proposed_by_label').notNull(),
    approvedBy: integer('approved_by'),
    approvedByLabel: text('approved_by_label').notNull(),
    ruleCode: text('rule_code').notNull(),
    ruleDescription: text('rule_description').notNull(),
    ruleYears: integer('rule_years'),
    ruleLegalBasis: text('rule_legal_basis').notNull(),
    agreementTitle: text('agreement_title').notNull(),
    agreementReference: text('agreement_reference'),
    agreementType: text('agreement_type').notNull(),
    collaborationCode: text('collaboration_code'),
    endDate: text('end_date'),
    destructionDate: text('destruction_date'),
    /** [{ title, kind, versions, sha256: [...] }] */
    documents: text('documents', { mode: 'json' }).notNull().$type<{ title: string; kind: string; versions: number; sha256: string[] }[]>(),
    clearedFields: text('cleared_fields', { mode: 'json' }).notNull().$type<string[]>(),
  },
  (t) => [uniqueIndex('destruction_records_agreement_uq').on(t.agreementId)],
);
