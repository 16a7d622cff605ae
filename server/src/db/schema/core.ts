import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AuditAction, AuditEntityType } from '@akkoord/shared/domain/audit-vocabulary';

const timestamps = {
  createdAt: text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
};

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    cbsCode: text('cbs_code'),
    populationCount: integer('population_count'),
    populationSource: text('population_source'),
    populationReferenceDate: text('population_reference_date'),
    notes: text('notes'),
    /** KvK number (8 digits); refused twice (decision 027). */
    kvkNumber: text('kvk_number'),
    /** Organisatie-identificatienummer (20 digits); refused twice. */
    oin: text('oin'),
    /** The organisation this one is part of (no cycles; checked on write). */
    parentId: integer('parent_id'),
    isSynthetic: integer('is_synthetic', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisations_key_uq').on(t.key),
    index('organisations_name_idx').on(t.name),
    index('organisations_kvk_idx').on(t.kvkNumber),
    index('organisations_oin_idx').on(t.oin),
  ],
);

export const collaborations = sqliteTable(
  'collaborations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    purpose: text('purpose'),
    foundedYear: integer('founded_year'),
    foundedNote: text('founded_note'),
    hostedByVrtSince: integer('hosted_by_vrt_since'),
    capacityFte: real('capacity_fte'),
    capacityNote: text('capacity_note'),
    budgetCents: integer('budget_cents'),
    budgetNote: text('budget_note'),
    fundingNote: text('funding_note'),
    agreementsNote: text('agreements_note'),
    legalBasis: text('legal_basis'),
    parentId: integer('parent_id'),
    source: text('source'),
    isSynthetic: integer('is_synthetic', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('collaborations_code_uq').on(t.code)],
);

export const collaborationMembers = sqliteTable(
  'collaboration_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('collaboration_members_uq').on(t.collaborationId, t.organisationId, t.role), index('collaboration_members_org_idx').on(t.organisationId)],
);

export const fundingLines = sqliteTable(
  'funding_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id),
    position: integer('position').notNull().default(0),
    kind: text('kind').notNull(),
    source: text('source').notNull(),
    amountCents: integer('amount_cents'),
    ratePerInhabitantCents: integer('rate_per_inhabitant_cents'),
    note: text('note'),
  },
  (t) => [index('funding_lines_collab_idx').on(t.collaborationId)],
);

export const agreements = sqliteTable(
  'agreements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    seedKey: text('seed_key'),
    type: text('type').notNull(),
    title: text('title').notNull(),
    collaborationId: integer('collaboration_id').references(() => collaborations.id),
    reference: text('reference'),
    legalRegime: text('legal_regime'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    termKind: text('term_kind'),
    initialTermMonths: integer('initial_term_months'),
    noticePeriodValue: integer('notice_period_value'),
    noticePeriodUnit: text('notice_period_unit'),
    tacitRenewal: integer('tacit_renewal', { mode: 'boolean' }),
    renewalPeriodValue: integer('renewal_period_value'),
    renewalPeriodUnit: text('renewal_period_unit'),
    maxRenewals: integer('max_renewals'),
    reviewDate: text('review_date'),
    alertLeadDays: text('alert_lead_days', { mode: 'json' }).$type<number[]>(),
    ownerName: text('owner_name'),
    ownerEmail: text('owner_email'),
    deputyEmail: text('deputy_email'),
    workflowState: text('workflow_state').notNull().default('active'),
    noticeGivenDate: text('notice_given_date'),
    decision: text('decision'),
    terminationDate: text('termination_date'),
    notes: text('notes'),
    source: text('source'),
    /** Financial terms (issue 17): whole euro cents, never a float; every part may stay unknown. */
    valueAmountCents: integer('value_amount_cents'),
    valueBasis: text('value_basis'),
    valueIndexation: text('value_indexation'),
    valueBudgetLine: text('value_budget_line'),
    valuePayerOrganisationId: integer('value_payer_organisation_id').references(() => organisations.id),
    /** Woo information category (shared/src/woo/woo.ts); null = the default of the type. */
    wooCategory: text('woo_category'),
    /** Woo publication state; null = the default of the category (to publish, or not required). */
    wooState: text('woo_state'),
    wooPublishedOn: text('woo_published_on'),
    wooUrl: text('woo_url'),
    /** Exception grounds (art. 5.1/5.2 codes) of what is withheld. */
    wooGrounds: text('woo_grounds', { mode: 'json' }).$type<string[]>(),
    /** The document version that is the public one (document_versions.id of a document of this agreement). */
    wooDocumentVersionId: integer('woo_document_version_id'),
    /** Retention rule of the selection list (retention_rules.id; decision 062); set to the type's default on insert (trigger). */
    retentionRuleId: integer('retention_rule_id'),
    /** A legal hold blocks destruction: why, who set it and when (null = no hold). */
    legalHoldReason: text('legal_hold_reason'),
    legalHoldBy: integer('legal_hold_by'),
    legalHoldAt: text('legal_hold_at'),
    /** Destroyed under the Archiefwet (decision 063): files and personal data are gone, destruction_records keeps the minimal record. */
    destroyedAt: text('destroyed_at'),
    isSynthetic: integer('is_synthetic', { mode: 'boolean' }).notNull().default(false),
    archivedAt: text('archived_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
    // Derived by the lifecycle engine; refreshed on every write and daily (see docs/architecture.md).
    status: text('status').notNull().default('unknown_dates'),
    currentTermStart: text('current_term_start'),
    currentTermEnd: text('current_term_end'),
    noticeDeadline: text('notice_deadline'),
    nextReviewDate: text('next_review_date'),
    /** Earliest day the term may overlap: for date-window filters. */
    windowStartDay: text('window_start_day'),
    /** Latest day the current term may last; null = open ended or unknown. */
    windowEndDay: text('window_end_day'),
    /** Earliest day of the next deadline of any kind, for "most urgent first". */
    nextDeadlineDay: text('next_deadline_day'),
    computedOn: text('computed_on'),
  },
  (t) => [
    uniqueIndex('agreements_seed_key_uq').on(t.seedKey),
    // archived_at right after the equality column: the default register view
    // (archived_at IS NULL) counts and pages from the index alone.
    index('agreements_collab_idx').on(t.collaborationId, t.archivedAt, t.title, t.id),
    index('agreements_type_idx').on(t.type, t.archivedAt, t.title, t.id),
    index('agreements_status_idx').on(t.status, t.archivedAt, t.title, t.id),
    index('agreements_title_idx').on(t.archivedAt, t.title, t.id),
    index('agreements_start_idx').on(t.startDate, t.id),
    index('agreements_end_idx').on(t.currentTermEnd, t.id),
    index('agreements_notice_idx').on(t.noticeDeadline, t.id),
    index('agreements_next_deadline_idx').on(t.nextDeadlineDay),
    index('agreements_value_idx').on(t.valueAmountCents, t.id),
    index('agreements_woo_state_idx').on(t.wooState),
  ],
);

export const agreementParties = sqliteTable(
  'agreement_parties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').notNull(),
    basis: text('basis').notNull().default('stated'),
    signatoryName: text('signatory_name'),
    signatoryTitle: text('signatory_title'),
    signatoryMandate: text('signatory_mandate'),
    signedDate: text('signed_date'),
  },
  (t) => [uniqueIndex('agreement_parties_uq').on(t.agreementId, t.organisationId, t.role), index('agreement_parties_org_idx').on(t.organisationId, t.agreementId)],
);

export const agreementRelations = sqliteTable(
  'agreement_relations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => agreements.id),
    kind: text('kind').notNull(),
    targetId: integer('target_id')
      .notNull()
      .references(() => agreements.id),
    note: text('note'),
    createdAt: text('created_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [uniqueIndex('agreement_relations_uq').on(t.sourceId, t.kind, t.targetId), index('agreement_relations_target_idx').on(t.targetId, t.kind)],
);

/** Append-only trail of every change (BIO logging); no code path updates or deletes rows. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorId: integer('actor_id'),
    actorLabel: text('actor_label').notNull(),
    entityType: text('entity_type').notNull().$type<AuditEntityType>(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull().$type<AuditAction>(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    requestId: text('request_id'),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId, t.id), index('audit_events_at_idx').on(t.at)],
);

/** Key/value settings (e.g. the register load marker, reminder configuration). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});
