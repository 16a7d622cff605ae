import { z } from 'zod';
import { AGREEMENT_STATUSES, PERIOD_UNITS } from '../domain/enums.ts';
import { isoDaySchema, partialDateSchema } from '../dates/partial-date.ts';
import { ALERT_KINDS, ALERT_SEVERITIES } from '../lifecycle/alert-types.ts';
import { DATE_LABELS, DATE_STEP_KINDS, EXPLANATION_NOTES, MISSING_FACTS, PERIOD_LABELS, STATUS_REASONS } from '../lifecycle/explanation.ts';
import { limitSchema } from './common.ts';

const period = z.object({ value: z.number().int(), unit: z.enum(PERIOD_UNITS) });
const bounds = z.object({ earliest: isoDaySchema, latest: isoDaySchema });

/** One explanation step (see lifecycle/explanation.ts); render with `explainToText`. */
export const explanationStepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(DATE_STEP_KINDS),
    result: partialDateSchema.nullable(),
    bounds: bounds.optional(),
    terms: z.array(
      z.union([
        z.object({ op: z.literal('start'), label: z.enum(DATE_LABELS), value: partialDateSchema.nullable(), bounds: bounds.optional() }),
        z.object({ op: z.enum(['plus', 'minus']), label: z.enum(PERIOD_LABELS), period, times: z.number().int().optional() }),
      ]),
    ),
    notes: z.array(z.enum(EXPLANATION_NOTES)).optional(),
  }),
  z.object({
    kind: z.literal('status'),
    status: z.enum(AGREEMENT_STATUSES),
    reason: z.enum(STATUS_REASONS),
    on: isoDaySchema,
    date: partialDateSchema.nullable().optional(),
    dateBounds: bounds.optional(),
    leadDays: z.number().int().optional(),
  }),
  z.object({ kind: z.literal('data_gap'), missing: z.enum(MISSING_FACTS) }),
  z.object({ kind: z.literal('message'), nl: z.string(), en: z.string() }),
]);

export const alertItemSchema = z.object({
  key: z.string().describe('Stable identity, e.g. notice:12:2026-09-30:90 (acknowledge and snooze refer to it)'),
  kind: z.enum(ALERT_KINDS),
  severity: z.enum(ALERT_SEVERITIES),
  reasonCode: z.string(),
  dueDate: partialDateSchema.nullable().describe('At the precision it is known; null for data gaps'),
  dueDay: isoDaySchema.nullable().describe('Earliest possible day of dueDate (ordering)'),
  daysLeft: z.number().int().nullable().describe('From the reference day to dueDay; negative when past'),
  leadDays: z.number().int().nullable(),
  agreementId: z.number().int().nullable(),
  agreementTitle: z.string().nullable(),
  collaborationCode: z.string().nullable(),
  ownerName: z.string().nullable(),
  explanation: z.array(explanationStepSchema),
  acknowledgedAt: z.string().nullable(),
  snoozedUntil: isoDaySchema.nullable(),
  stateChangedAt: z
    .string()
    .nullable()
    .describe('When you last acknowledged, snoozed or reopened this alert (instant, ISO 8601); states are per user, so "who" is always the caller'),
});
export type AlertItem = z.infer<typeof alertItemSchema>;

const csv = <T extends z.ZodType>(item: T) => z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).min(1));

/** Filters shared by the list and the counts. */
const alertFilters = {
  on: isoDaySchema.optional().describe('Reference day (default today, Europe/Amsterdam)'),
  kind: csv(z.enum(ALERT_KINDS)).optional().describe('One kind or a comma-separated list'),
  severity: csv(z.enum(ALERT_SEVERITIES)).optional().describe('One severity or a comma-separated list'),
  collaboration: z.string().trim().toUpperCase().min(1).max(20).optional().describe('Collaboration code, e.g. RTR'),
  owner: z.string().trim().min(1).max(200).optional().describe('Owner name or e-mail address (exact, case-insensitive)'),
  agreement: z.coerce.number().int().positive().optional().describe('Only the alerts about this agreement'),
  state: z.enum(['open', 'acknowledged', 'snoozed', 'all']).default('open').describe('open = neither acknowledged nor snoozed by you'),
};

export const listAlertsQuerySchema = z.strictObject({ ...alertFilters, limit: limitSchema, cursor: z.string().max(500).optional() });
export type ListAlertsQuery = z.infer<typeof listAlertsQuerySchema>;

export const alertCountsQuerySchema = z.strictObject(alertFilters);
export type AlertCountsQuery = z.infer<typeof alertCountsQuerySchema>;

export const alertCountsSchema = z.object({
  on: isoDaySchema,
  total: z.number().int(),
  byKind: z.record(z.enum(ALERT_KINDS), z.number().int()),
  bySeverity: z.record(z.enum(ALERT_SEVERITIES), z.number().int()),
});
export type AlertCounts = z.infer<typeof alertCountsSchema>;

const alertKeysSchema = z
  .array(
    z
      .string()
      .regex(/^[a-z_]+:[\w:.-]+$/, { message: 'Geen geldige signaleringssleutel' })
      .max(200),
  )
  .min(1)
  .max(500);

export const acknowledgeAlertsSchema = z.strictObject({ keys: alertKeysSchema });
export const snoozeAlertsSchema = z.strictObject({ keys: alertKeysSchema, until: isoDaySchema.describe('Hidden before this day, shown again from it on') });
export const reopenAlertsSchema = z.strictObject({ keys: alertKeysSchema });

export const alertStateChangeSchema = z.object({ updated: z.number().int() });
