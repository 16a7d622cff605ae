import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { agreements, collaborations } from './core.ts';

const createdAt = text('created_at')
  .notNull()
  .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/**
 * Everyone reminders can reach, keyed by e-mail address: a user (userId set)
 * or a plain address such as a team mailbox that needs no account. Holds the
 * language of the e-mails and the secret of the calendar feed.
 */
export const reminderRecipients = sqliteTable(
  'reminder_recipients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Lower-cased address. */
    email: text('email').notNull(),
    kind: text('kind').notNull().$type<'user' | 'address'>(),
    userId: integer('user_id'),
    label: text('label'),
    locale: text('locale').notNull().default('nl').$type<'nl' | 'en'>(),
    calendarSecret: text('calendar_secret'),
    removedAt: text('removed_at'),
    createdAt,
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    uniqueIndex('reminder_recipients_email_uq').on(t.email),
    uniqueIndex('reminder_recipients_user_uq').on(t.userId),
    uniqueIndex('reminder_recipients_secret_uq').on(t.calendarSecret),
  ],
);

/** Who follows which agreement or collaboration (following a collaboration covers its agreements). */
export const reminderFollows = sqliteTable(
  'reminder_follows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recipientId: integer('recipient_id')
      .notNull()
      .references(() => reminderRecipients.id),
    subjectKind: text('subject_kind').notNull().$type<'agreement' | 'collaboration'>(),
    subjectId: integer('subject_id').notNull(),
    createdAt,
  },
  (t) => [uniqueIndex('reminder_follows_uq').on(t.recipientId, t.subjectKind, t.subjectId), index('reminder_follows_subject_idx').on(t.subjectKind, t.subjectId)],
);

/** The team address of a collaboration: escalations go here when an agreement has no deputy. */
export const reminderTeamAddresses = sqliteTable('reminder_team_addresses', {
  collaborationId: integer('collaboration_id')
    .primaryKey()
    .references(() => collaborations.id),
  recipientId: integer('recipient_id')
    .notNull()
    .references(() => reminderRecipients.id),
  updatedAt: text('updated_at').notNull(),
});

/** Per-agreement reminder rules; a null field falls back to the agreement's alertLeadDays or the global setting. */
export const reminderAgreementRules = sqliteTable('reminder_agreement_rules', {
  agreementId: integer('agreement_id')
    .primaryKey()
    .references(() => agreements.id),
  noticeOffsets: text('notice_offsets', { mode: 'json' }).$type<number[]>(),
  termEndOffsets: text('term_end_offsets', { mode: 'json' }).$type<number[]>(),
  reviewOffsets: text('review_offsets', { mode: 'json' }).$type<number[]>(),
  escalationDays: integer('escalation_days'),
  muted: integer('muted', { mode: 'boolean' }).notNull().default(false),
  updatedAt: text('updated_at').notNull(),
});

/** A deadline someone has seen and taken on: no further reminders or escalation for it. */
export const reminderAcknowledgements = sqliteTable(
  'reminder_acknowledgements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    deadlineKind: text('deadline_kind').notNull(),
    deadlineDay: text('deadline_day').notNull(),
    acknowledgedAt: text('acknowledged_at').notNull(),
    actorId: integer('actor_id'),
    actorLabel: text('actor_label').notNull(),
  },
  (t) => [uniqueIndex('reminder_acknowledgements_uq').on(t.agreementId, t.deadlineKind, t.deadlineDay)],
);

/**
 * The outbox: one e-mail (a daily digest) per recipient per day. The
 * Message-ID is fixed when the row is written, so every attempt and any
 * resend carry the same one.
 */
export const outboxMessages = sqliteTable(
  'outbox_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recipientEmail: text('recipient_email').notNull(),
    locale: text('locale').notNull().$type<'nl' | 'en'>(),
    digestDay: text('digest_day').notNull(),
    /** 1 = the day's digest; 2+ = a same-day supplement for a deadline that cannot wait until tomorrow. */
    sequence: integer('sequence').notNull().default(1),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    messageIdHeader: text('message_id_header').notNull(),
    status: text('status').notNull().default('pending').$type<'pending' | 'sending' | 'sent' | 'failed' | 'cancelled'>(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at'),
    lastAttemptAt: text('last_attempt_at'),
    sentAt: text('sent_at'),
    smtpResponse: text('smtp_response'),
    lastError: text('last_error'),
    itemCount: integer('item_count').notNull().default(0),
    firstDueDay: text('first_due_day'),
    /** When an admin stopped the message before it was sent, and who (decision 032; the audit trail has the event too). */
    cancelledAt: text('cancelled_at'),
    cancelledBy: text('cancelled_by'),
    createdAt,
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    uniqueIndex('outbox_messages_digest_uq').on(t.recipientEmail, t.digestDay, t.sequence),
    uniqueIndex('outbox_messages_message_id_uq').on(t.messageIdHeader),
    index('outbox_messages_status_idx').on(t.status, t.nextAttemptAt, t.id),
  ],
);

/** Every delivery attempt, written before the SMTP conversation starts and completed after it. */
export const outboxAttempts = sqliteTable(
  'outbox_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    messageId: integer('message_id')
      .notNull()
      .references(() => outboxMessages.id),
    attemptNo: integer('attempt_no').notNull(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    outcome: text('outcome').$type<'sent' | 'failed' | 'interrupted'>(),
    response: text('response'),
  },
  (t) => [index('outbox_attempts_message_idx').on(t.messageId, t.id)],
);

/**
 * One planned reminder: agreement × deadline × offset × recipient, unique,
 * so nothing is queued twice and a moved deadline yields new rows. Grouped
 * into a digest message (outboxId) per recipient per day.
 */
export const reminderItems = sqliteTable(
  'reminder_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id),
    deadlineKind: text('deadline_kind').notNull().$type<'notice_deadline' | 'term_end' | 'review'>(),
    deadlineDay: text('deadline_day').notNull(),
    offsetDays: integer('offset_days').notNull(),
    recipientEmail: text('recipient_email').notNull(),
    isEscalation: integer('is_escalation', { mode: 'boolean' }).notNull().default(false),
    /** What the e-mail shows, frozen when planned (title, dates, explanation, why this recipient). */
    payload: text('payload', { mode: 'json' }).notNull(),
    plannedOn: text('planned_on').notNull(),
    outboxId: integer('outbox_id').references(() => outboxMessages.id),
    createdAt,
  },
  (t) => [
    uniqueIndex('reminder_items_key_uq').on(t.agreementId, t.deadlineKind, t.deadlineDay, t.offsetDays, t.recipientEmail),
    index('reminder_items_outbox_idx').on(t.outboxId),
    index('reminder_items_recipient_idx').on(t.recipientEmail, t.outboxId),
  ],
);
