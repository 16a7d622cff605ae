import { z } from 'zod';
import { oneLine } from './text.ts';
import { isoDaySchema, partialDateSchema } from '../dates/partial-date.ts';
import { limitSchema } from './common.ts';

/** The three dates reminders are about. */
export const DEADLINE_KINDS = ['notice_deadline', 'term_end', 'review'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** `cancelled`: an admin stopped a queued message before it was sent; it is never sent (decision 032). */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const LOCALES = ['nl', 'en'] as const;

const email = z.email({ message: 'Geen geldig e-mailadres' }).max(254);

/** Days before a date that a reminder goes out; an empty list switches reminders for that date off. */
export const offsetsSchema = z
  .array(z.number().int().min(0).max(3650))
  .max(10)
  .transform((list) => [...new Set(list)].sort((a, b) => b - a))
  .describe('Days before the date, e.g. [180, 90, 30, 7, 1]');

/** Global reminder rules (settings). */
export const reminderRulesSchema = z.object({
  noticeOffsets: offsetsSchema,
  termEndOffsets: offsetsSchema,
  reviewOffsets: offsetsSchema,
  escalationDays: z.number().int().min(0).max(365).describe('Notice deadline this close and unacknowledged → also the deputy or team address; 0 = never'),
});
export type ReminderRules = z.infer<typeof reminderRulesSchema>;

export const updateReminderRulesSchema = reminderRulesSchema.partial().strict();
export type UpdateReminderRulesInput = z.infer<typeof updateReminderRulesSchema>;

/** An agreement's own rule: null fields fall back (notice: agreement alertLeadDays, then global). */
export const agreementReminderRuleSchema = z.object({
  agreementId: z.number().int(),
  noticeOffsets: z.array(z.number().int()).nullable(),
  termEndOffsets: z.array(z.number().int()).nullable(),
  reviewOffsets: z.array(z.number().int()).nullable(),
  escalationDays: z.number().int().nullable(),
  muted: z.boolean().describe('No reminders at all for this agreement'),
  effective: reminderRulesSchema.describe('The rules in force after fallbacks'),
});
export type AgreementReminderRule = z.infer<typeof agreementReminderRuleSchema>;

export const updateAgreementReminderRuleSchema = z.strictObject({
  noticeOffsets: offsetsSchema.nullable().optional(),
  termEndOffsets: offsetsSchema.nullable().optional(),
  reviewOffsets: offsetsSchema.nullable().optional(),
  escalationDays: z.number().int().min(0).max(365).nullable().optional(),
  muted: z.boolean().optional(),
});
export type UpdateAgreementReminderRuleInput = z.infer<typeof updateAgreementReminderRuleSchema>;

export const followerSchema = z.object({
  recipientId: z.number().int(),
  email: z.string(),
  kind: z.enum(['user', 'address']),
  label: z.string().nullable(),
  isMe: z.boolean(),
  since: z.string(),
});
export type Follower = z.infer<typeof followerSchema>;

export const followersSchema = z.object({
  subjectKind: z.enum(['agreement', 'collaboration']),
  subjectId: z.number().int(),
  followers: z.array(followerSchema),
});
export type Followers = z.infer<typeof followersSchema>;

/** Follow as yourself (empty body) or add a plain address such as a team mailbox (`email`). */
export const followBodySchema = z.strictObject({
  email: email.optional().describe('A plain address (no account needed); omit to follow as yourself'),
  label: oneLine(z.string().trim().max(200)).optional(),
  locale: z.enum(LOCALES).optional(),
});
export type FollowBody = z.infer<typeof followBodySchema>;

export const collaborationCodeParamSchema = z.object({ code: z.string().trim().toUpperCase().min(1).max(20) });
export const unfollowParamsSchema = z.object({ id: z.coerce.number().int().positive(), recipientId: z.coerce.number().int().positive() });
export const unfollowCollaborationParamsSchema = collaborationCodeParamSchema.extend({ recipientId: z.coerce.number().int().positive() });

/** What an address follows; an agreement or collaboration outside the caller's collaborations by id only (decision 023). */
export const addressFollowSchema = z.discriminatedUnion('restricted', [
  z.object({ subjectKind: z.enum(['agreement', 'collaboration']), subjectId: z.number().int(), restricted: z.literal(false), title: z.string() }),
  z.object({
    subjectKind: z.enum(['agreement', 'collaboration']),
    subjectId: z.number().int(),
    restricted: z
      .literal(true)
      .describe('The agreement or collaboration lies outside the collaborations the caller is limited to: only its id is given, never its title, name or code'),
  }),
]);
export type AddressFollow = z.infer<typeof addressFollowSchema>;

/** A collaboration an address is the team address of; one outside the caller's collaborations by id only (decision 023). */
export const teamAddressRoleSchema = z.discriminatedUnion('restricted', [
  z.object({ collaborationId: z.number().int(), code: z.string(), restricted: z.literal(false) }),
  z.object({
    collaborationId: z.number().int(),
    restricted: z.literal(true).describe('The collaboration lies outside the collaborations the caller is limited to: no code or name'),
  }),
]);
export type TeamAddressRole = z.infer<typeof teamAddressRoleSchema>;

export const reminderAddressSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  kind: z
    .enum(['user', 'address'])
    .describe("Always `address`: users' own calendar feeds are not part of this list or its routes (each user manages theirs under /api/me/calendar)"),
  label: z.string().nullable(),
  locale: z.enum(LOCALES),
  follows: z.array(addressFollowSchema),
  teamAddressOf: z.array(teamAddressRoleSchema).describe('Collaborations this is the team address of, by code'),
  calendarUrl: z
    .string()
    .nullable()
    .describe(
      'Secret feed URL; null when the address has none, and always null for a caller limited to some collaborations (a URL handed out lasts, while what the address follows can change)',
    ),
  reachesOutsideScope: z
    .boolean()
    .describe(
      'Its feed and reminders reach agreements outside the collaborations the caller is limited to (it follows them, directly or through a collaboration or one that houses it, is their team address or owns them): only an unlimited account may change, remove or regenerate it, or make it follow or be a team address. Always false for unlimited callers',
    ),
  createdAt: z.string(),
});
export type ReminderAddress = z.infer<typeof reminderAddressSchema>;

export const createReminderAddressSchema = z.strictObject({
  email,
  label: oneLine(z.string().trim().max(200)).optional(),
  locale: z.enum(LOCALES).default('nl'),
});
export type CreateReminderAddressInput = z.infer<typeof createReminderAddressSchema>;

export const updateReminderAddressSchema = z.strictObject({
  label: oneLine(z.string().trim().max(200)).nullable().optional(),
  locale: z.enum(LOCALES).optional(),
});
export type UpdateReminderAddressInput = z.infer<typeof updateReminderAddressSchema>;

export const teamAddressBodySchema = z.strictObject({ email: email.nullable().describe('null removes the team address') });
export const teamAddressSchema = z.object({ collaborationCode: z.string(), email: z.string().nullable(), recipientId: z.number().int().nullable() });

export const acknowledgeBodySchema = z.strictObject({
  kind: z.enum(DEADLINE_KINDS),
  deadlineDay: isoDaySchema.describe('The deadline day the reminder named'),
});
export const acknowledgementSchema = z.object({
  agreementId: z.number().int(),
  kind: z.enum(DEADLINE_KINDS),
  deadlineDay: z.string(),
  acknowledgedAt: z.string(),
  acknowledgedBy: z.string(),
});

export const calendarFeedSchema = z.object({
  url: z.string().describe('Secret iCalendar URL; anyone with it can read the feed'),
  webcalUrl: z.string(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

export const listOutboxQuerySchema = z.object({
  status: z.enum(OUTBOX_STATUSES).optional(),
  limit: limitSchema,
  cursor: z.string().max(200).optional(),
});
export type ListOutboxQuery = z.infer<typeof listOutboxQuerySchema>;

export const outboxSummarySchema = z.object({
  id: z.number().int(),
  to: z.string(),
  locale: z.enum(LOCALES),
  digestDay: z.string(),
  sequence: z.number().int(),
  subject: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  smtpResponse: z.string().nullable().describe("The SMTP server's last answer"),
  lastError: z.string().nullable(),
  itemCount: z.number().int(),
  firstDueDay: z.string().nullable(),
  messageId: z.string(),
  createdAt: z.string(),
  cancelled: z.object({ at: z.string(), by: z.string() }).nullable().describe('Who stopped the message before it was sent, and when'),
});
export type OutboxSummary = z.infer<typeof outboxSummarySchema>;

export const outboxMessageSchema = outboxSummarySchema.extend({
  text: z.string().describe('The plain-text part exactly as sent'),
  html: z.string().describe('The HTML part exactly as sent'),
  attemptLog: z.array(
    z.object({
      attemptNo: z.number().int(),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
      outcome: z.enum(['sent', 'failed', 'interrupted']).nullable(),
      response: z.string().nullable(),
    }),
  ),
  items: z.array(
    z.object({
      agreementId: z.number().int(),
      kind: z.enum(DEADLINE_KINDS),
      deadlineDay: z.string(),
      deadline: partialDateSchema.nullable(),
      offsetDays: z.number().int(),
      isEscalation: z.boolean(),
      title: z.string(),
    }),
  ),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const runRemindersBodySchema = z.strictObject({
  on: isoDaySchema.optional().describe('Plan as of this day (default: today in Europe/Amsterdam); another day than today only previews'),
});

export const previewRemindersQuerySchema = z.strictObject({
  on: isoDaySchema.optional().describe('Preview as of this day (default: today in Europe/Amsterdam)'),
});

/** One reminder a run would put in an e-mail: which agreement, which date, how long before it, and why this recipient. */
export const plannedReminderSchema = z.object({
  agreementId: z.number().int(),
  title: z.string(),
  kind: z.enum(DEADLINE_KINDS),
  deadline: partialDateSchema.nullable().describe('The date as known (null: only a range of days is known)'),
  deadlineDay: z.string().describe('The earliest day the date may fall on'),
  offsetDays: z.number().int().describe('Days before the date that this reminder goes out'),
  isEscalation: z.boolean(),
  reasons: z.array(z.string()).describe('Why this recipient hears of it: owner, follower, collaboration_follower, deputy, team_address'),
});
export type PlannedReminder = z.infer<typeof plannedReminderSchema>;

/** An e-mail a run would write or extend, as its recipient would get it. */
export const previewMessageSchema = z.object({
  to: z.string(),
  locale: z.enum(LOCALES),
  subject: z.string(),
  sequence: z.number().int().describe("1 = the day's digest, 2+ = a same-day supplement"),
  extendsMessageId: z.number().int().nullable().describe('The queued digest of that day this e-mail would be merged into, if any'),
  reminders: z.array(plannedReminderSchema),
});
export type PreviewMessage = z.infer<typeof previewMessageSchema>;

export const runResultSchema = z.object({
  on: z.string(),
  dryRun: z.boolean().describe('true: a preview; nothing was queued, sent or recorded (a run as of another day than today, and GET /api/reminders/preview)'),
  queued: z.object({
    reminders: z.number().int().describe('New reminder items (agreement × deadline × offset × recipient); in a preview, those it would queue'),
    messages: z.number().int().describe('Digest e-mails written or extended; in a preview, those it would write'),
    byKind: z.record(z.string(), z.number().int()),
    skipped: z.object({ acknowledged: z.number().int(), handled: z.number().int(), muted: z.number().int(), noRecipient: z.number().int() }),
  }),
  preview: z.array(previewMessageSchema).nullable().describe('In a preview: the e-mails a run would write, with recipients, subjects, agreements and dates; null after a real run'),
  delivery: z.object({
    smtpConfigured: z.boolean(),
    sent: z.number().int(),
    failed: z.number().int().describe('Gave up after the last attempt'),
    retrying: z.number().int().describe('Failed this time; tried again later'),
    pending: z.number().int().describe('Still in the outbox after this run'),
  }),
  ms: z.number().int(),
});
export type RunResult = z.infer<typeof runResultSchema>;

export const reminderStatusSchema = z.object({
  timeZone: z.string(),
  reminderTime: z.string(),
  scheduled: z.boolean().describe('The daily job runs in this server process'),
  nextRunAt: z.string().nullable(),
  lastRun: z.object({ at: z.string(), on: z.string(), queued: z.number().int(), sent: z.number().int(), trigger: z.string() }).nullable(),
  smtp: z.object({ configured: z.boolean(), host: z.string().nullable(), from: z.string() }),
  outbox: z.record(z.enum(OUTBOX_STATUSES), z.number().int()),
});
export type ReminderStatus = z.infer<typeof reminderStatusSchema>;
