import { z } from 'zod';
import { isoDaySchema } from '../dates/partial-date.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../domain/audit-vocabulary.ts';
import { limitSchema } from './common.ts';

/** One entry of the append-only audit trail: who, when, what, before and after. */
export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string().describe('Instant (ISO 8601, UTC)'),
  actorId: z.number().int().nullable(),
  actorLabel: z.string().describe('E-mail of the user, or "systeem" / "cli"'),
  entityType: z.enum(AUDIT_ENTITY_TYPES).describe('What the event is about'),
  entityId: z.string(),
  action: z.enum(AUDIT_ACTIONS).describe('What happened'),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  changes: z.array(z.string()).describe('Top-level fields that differ between before and after'),
  requestId: z.string().nullable(),
  redactedAt: z
    .string()
    .nullable()
    .describe('Instant the personal data (owner, notes, signatories, quotes) was removed from before/after at the agreement’s destruction (decision 063); null: as written'),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

const token = z.string().trim().min(1).max(100);

export const auditQuerySchema = z.strictObject({
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional(),
  entityId: token.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  actor: z.string().trim().min(1).max(320).optional().describe('E-mail (actor label) or user id'),
  from: isoDaySchema.optional().describe('First calendar day (Europe/Amsterdam), inclusive'),
  to: isoDaySchema.optional().describe('Last calendar day (Europe/Amsterdam), inclusive'),
  cursor: z.string().max(200).optional(),
  limit: limitSchema,
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditExportQuerySchema = auditQuerySchema.omit({ cursor: true, limit: true });
export type AuditExportQuery = z.infer<typeof auditExportQuerySchema>;

export const historyQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: limitSchema,
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;
