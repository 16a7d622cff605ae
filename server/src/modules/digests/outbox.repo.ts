import { and, asc, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { outboxAttempts, outboxMessages } from '../../db/schema/index.ts';

export type OutboxRow = typeof outboxMessages.$inferSelect;
export type OutboxInsert = typeof outboxMessages.$inferInsert;
export type AttemptRow = typeof outboxAttempts.$inferSelect;
export type OutboxStatus = OutboxRow['status'];

export function insertMessage(tx: Tx, values: OutboxInsert): OutboxRow {
  return tx.insert(outboxMessages).values(values).returning().get();
}

export function findMessage(db: Db | Tx, id: number): OutboxRow | undefined {
  return db.select().from(outboxMessages).where(eq(outboxMessages.id, id)).get();
}

/** The messages of one recipient on one digest day, in sequence order. */
export function findDigestMessages(tx: Tx | Db, recipientEmail: string, digestDay: string): OutboxRow[] {
  return tx
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.recipientEmail, recipientEmail), eq(outboxMessages.digestDay, digestDay)))
    .orderBy(asc(outboxMessages.sequence))
    .all();
}

/** Rewrites a message that was never attempted (adding reminders to the day's digest). */
export function rewriteUnattemptedMessage(tx: Tx, id: number, changes: Pick<OutboxRow, 'subject' | 'textBody' | 'htmlBody' | 'itemCount' | 'firstDueDay' | 'updatedAt'>): boolean {
  return (
    tx
      .update(outboxMessages)
      .set(changes)
      .where(and(eq(outboxMessages.id, id), eq(outboxMessages.attempts, 0), eq(outboxMessages.status, 'pending')))
      .run().changes === 1
  );
}

/** One page of the outbox, newest first, with the total for the filter. */
export function listMessages(db: Db, status: OutboxStatus | undefined, limit: number, beforeId: number | null): { rows: OutboxRow[]; total: number } {
  const filter = status ? eq(outboxMessages.status, status) : undefined;
  const rows = db
    .select()
    .from(outboxMessages)
    .where(and(filter, beforeId !== null ? lt(outboxMessages.id, beforeId) : undefined))
    .orderBy(desc(outboxMessages.id))
    .limit(limit + 1)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(outboxMessages)
      .where(filter)
      .get()?.n ?? 0;
  return { rows, total };
}

export function countByStatus(db: Db): Record<OutboxStatus, number> {
  const out: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, cancelled: 0 };
  for (const r of db
    .select({ status: outboxMessages.status, n: sql<number>`count(*)` })
    .from(outboxMessages)
    .groupBy(outboxMessages.status)
    .all())
    out[r.status] = r.n;
  return out;
}

/**
 * Claims the next message due for delivery: marks it `sending`, counts the
 * attempt and writes the attempt row, all before any SMTP traffic. Returns
 * the message and attempt id, or undefined when nothing is due.
 */
export function claimNextDue(db: Db, nowIso: string): { message: OutboxRow; attemptId: number } | undefined {
  return db.transaction((tx) => {
    const next = tx
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.status, 'pending'), or(isNull(outboxMessages.nextAttemptAt), lte(outboxMessages.nextAttemptAt, nowIso))))
      .orderBy(asc(outboxMessages.id))
      .limit(1)
      .get();
    if (!next) return undefined;
    const message = tx
      .update(outboxMessages)
      .set({ status: 'sending', attempts: sql`${outboxMessages.attempts} + 1`, lastAttemptAt: nowIso, updatedAt: nowIso })
      .where(and(eq(outboxMessages.id, next.id), eq(outboxMessages.status, 'pending')))
      .returning()
      .get();
    if (!message) return undefined;
    const attempt = tx.insert(outboxAttempts).values({ messageId: message.id, attemptNo: message.attempts, startedAt: nowIso }).returning({ id: outboxAttempts.id }).get();
    return { message, attemptId: attempt.id };
  });
}

/** Records a delivered message with the server's answer. */
export function markSent(db: Db, id: number, attemptId: number, response: string, at: string): void {
  db.transaction((tx) => {
    tx.update(outboxMessages)
      .set({ status: 'sent', sentAt: at, smtpResponse: response, lastError: null, nextAttemptAt: null, updatedAt: at })
      .where(eq(outboxMessages.id, id))
      .run();
    tx.update(outboxAttempts).set({ finishedAt: at, outcome: 'sent', response }).where(eq(outboxAttempts.id, attemptId)).run();
  });
}

/** Records a failed attempt: back to `pending` with a next attempt time, or `failed` when given up. */
export function markAttemptFailed(db: Db, id: number, attemptId: number, outcome: { response: string | null; error: string; nextAttemptAt: string | null }, at: string): void {
  db.transaction((tx) => {
    tx.update(outboxMessages)
      .set({
        status: outcome.nextAttemptAt ? 'pending' : 'failed',
        nextAttemptAt: outcome.nextAttemptAt,
        smtpResponse: outcome.response,
        lastError: outcome.error,
        updatedAt: at,
      })
      .where(eq(outboxMessages.id, id))
      .run();
    tx.update(outboxAttempts)
      .set({ finishedAt: at, outcome: 'failed', response: outcome.response ?? outcome.error })
      .where(eq(outboxAttempts.id, attemptId))
      .run();
  });
}

/**
 * Messages left `sending` by a process that stopped mid-delivery: whether
 * the server accepted them is unknown, so they become `failed` (never sent
 * again automatically) with an explanation; returns how many.
 */
export function failInterruptedSends(db: Db, at: string, reason: string): number {
  return db.transaction((tx) => {
    const n = tx.update(outboxMessages).set({ status: 'failed', lastError: reason, nextAttemptAt: null, updatedAt: at }).where(eq(outboxMessages.status, 'sending')).run().changes;
    tx.update(outboxAttempts).set({ finishedAt: at, outcome: 'interrupted', response: reason }).where(isNull(outboxAttempts.outcome)).run();
    return n;
  });
}

/** Puts a failed message back in the queue with a fresh attempt budget (same Message-ID). */
export function requeueMessage(tx: Tx, id: number, at: string): boolean {
  return (
    tx
      .update(outboxMessages)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: null, lastError: null, updatedAt: at })
      .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'failed')))
      .run().changes === 1
  );
}

/**
 * Stops a message that is not on its way or sent (pending, also while waiting for a retry, or failed): it becomes
 * `cancelled` and the sender never claims it. False when it was claimed or changed meanwhile.
 */
export function cancelMessage(tx: Tx, id: number, at: string, by: string): boolean {
  const r = tx
    .update(outboxMessages)
    .set({ status: 'cancelled', nextAttemptAt: null, cancelledAt: at, cancelledBy: by, updatedAt: at })
    .where(and(eq(outboxMessages.id, id), inArray(outboxMessages.status, ['pending', 'failed'])))
    .run();
  return r.changes === 1;
}

export function findAttempts(db: Db | Tx, messageId: number): AttemptRow[] {
  return db.select().from(outboxAttempts).where(eq(outboxAttempts.messageId, messageId)).orderBy(asc(outboxAttempts.id)).all();
}

/** Pending messages that could go now (for the run answer). */
export function countPending(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(outboxMessages)
      .where(eq(outboxMessages.status, 'pending'))
      .get()?.n ?? 0
  );
}
