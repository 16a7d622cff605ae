import { describe, expect, it } from 'vitest';
import { auditEventSchema, auditQuerySchema } from '../schemas/audit.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, isAuditAction, isAuditEntityType } from './audit-vocabulary.ts';

const event = {
  id: 1,
  at: '2026-12-07T08:00:00.000Z',
  actorId: 1,
  actorLabel: 'a@b.nl',
  entityType: 'agreement',
  entityId: '7',
  action: 'start_renewal',
  before: null,
  after: null,
  changes: [],
  requestId: null,
  redactedAt: null,
};

describe('the audit vocabulary', () => {
  it('is what the event schema accepts, and nothing else', () => {
    expect(auditEventSchema.safeParse(event).success).toBe(true);
    expect(auditEventSchema.safeParse({ ...event, action: 'start' }).success).toBe(false);
    expect(auditEventSchema.safeParse({ ...event, entityType: 'agreements' }).success).toBe(false);
    for (const action of AUDIT_ACTIONS) expect(auditEventSchema.safeParse({ ...event, action }).success).toBe(true);
  });

  it('names an unknown filter value as the field that is wrong', () => {
    const result = auditQuerySchema.safeParse({ action: 'drop_table' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['action']);
    expect(auditQuerySchema.safeParse({ action: 'record_decision', entityType: 'user' }).success).toBe(true);
  });

  it('has no duplicates and guards strings', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(new Set(AUDIT_ENTITY_TYPES).size).toBe(AUDIT_ENTITY_TYPES.length);
    expect(isAuditAction('archive')).toBe(true);
    expect(isAuditAction('constructor')).toBe(false);
    expect(isAuditEntityType('reminder_run')).toBe(true);
  });
});
