import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ExplanationStep } from '@akkoord/shared/lifecycle/explanation';
import { agreements } from './core.ts';

/**
 * The alerts of every agreement for the day in `alert_runs` (materialised by
 * the lifecycle refresh and kept current through `alert_dirty`), so that the
 * most urgent page and the counts are index reads, not register scans.
 */
export const agreementAlerts = sqliteTable(
  'agreement_alerts',
  {
    key: text('key').primaryKey(),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    /** Which alert source produced it (lifecycle, chain, …). */
    source: text('source').notNull(),
    collaborationId: integer('collaboration_id'),
    ownerName: text('owner_name'),
    ownerEmail: text('owner_email'),
    kind: text('kind').notNull(),
    severity: text('severity').notNull(),
    reasonCode: text('reason_code').notNull(),
    dueDate: text('due_date'),
    dueDay: text('due_day'),
    leadDays: integer('lead_days'),
    explanation: text('explanation', { mode: 'json' }).notNull().$type<ExplanationStep[]>(),
    /** severity rank | due day | key: "most urgent first" and the keyset cursor in one indexed string. */
    sortKey: text('sort_key').notNull(),
  },
  (t) => [
    index('agreement_alerts_sort_idx').on(t.sortKey),
    index('agreement_alerts_kind_idx').on(t.kind, t.severity),
    index('agreement_alerts_kind_sort_idx').on(t.kind, t.sortKey),
    index('agreement_alerts_collab_sort_idx').on(t.collaborationId, t.sortKey),
    index('agreement_alerts_owner_sort_idx').on(t.ownerName, t.sortKey),
    index('agreement_alerts_agreement_idx').on(t.agreementId),
  ],
);

/** Agreements whose stored alerts may be out of date (filled by triggers on agreements, parties and relations). */
export const alertDirty = sqliteTable('alert_dirty', {
  agreementId: integer('agreement_id').primaryKey(),
});

/**
 * A fingerprint of the stored alerts of one agreement from one source, so a
 * refresh rewrites only the agreements whose alerts actually changed.
 */
export const alertMarks = sqliteTable(
  'alert_marks',
  {
    agreementId: integer('agreement_id').notNull(),
    source: text('source').notNull(),
    fingerprint: text('fingerprint').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.source] })],
);

/** Each whole-register alert computation; the latest finished one says which day `agreement_alerts` is for. */
export const alertRuns = sqliteTable('alert_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  day: text('day').notNull(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  agreements: integer('agreements'),
  alerts: integer('alerts'),
  ms: integer('ms'),
});

/** What one user did with one alert: acknowledged it, or snoozed it until a day. Survives restarts. */
export const alertStates = sqliteTable(
  'alert_states',
  {
    userId: integer('user_id').notNull(),
    alertKey: text('alert_key').notNull(),
    acknowledgedAt: text('acknowledged_at'),
    /** Hidden before this day; shown again from it on. */
    snoozedUntil: text('snoozed_until'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.alertKey] })],
);
