import type { Db, Tx } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/index.ts';

export interface AuditEventInput {
  at: string;
  actorId: number | null;
  actorLabel: string;
  entityType: string;
  entityId: string | number;
  action: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/** Appends one audit event; call inside the transaction of the change it describes. */
export function recordAudit(tx: Tx | Db, e: AuditEventInput): void {
  tx.insert(auditEvents)
    .values({
      at: e.at,
      actorId: e.actorId,
      actorLabel: e.actorLabel,
      entityType: e.entityType,
      entityId: String(e.entityId),
      action: e.action,
      before: e.before ?? null,
      after: e.after ?? null,
      requestId: e.requestId ?? null,
    })
    .run();
}
