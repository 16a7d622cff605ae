import { eq, getTableColumns, lt, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { prepared } from '../../db/statements.ts';

export type SessionRow = typeof sessions.$inferSelect;
type UserRow = typeof users.$inferSelect;

/** A table's columns as a SELECT list and a mapper from a raw row (values in that order) to drizzle's row type. */
function rawRowsOf<T extends typeof sessions | typeof users>(table: T) {
  const columns = Object.entries(getTableColumns(table));
  const plain = columns.map(([, col]) => col.columnType === 'SQLiteText' || col.columnType === 'SQLiteInteger');
  return {
    select: columns.map(([, col]) => `"${col.name}"`).join(', '),
    map(values: unknown[]): T['$inferSelect'] {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) {
        const [key, col] = columns[i]!;
        const v = values[i];
        row[key] = v === null || plain[i] ? v : col.mapFromDriverValue(v);
      }
      return row as T['$inferSelect'];
    },
  };
}
const sessionColumns = rawRowsOf(sessions);
const userColumns = rawRowsOf(users);

/**
 * A stored session with its account, or undefined. Every request does this,
 * so it is two primary-key lookups as raw rows (as one join SQLite scanned the
 * users table, its statistics being those of tiny tables; through the query
 * builder's mapping it cost about three times as much).
 */
export function findSessionWithUser(db: Db, id: string): { session: SessionRow; user: UserRow } | undefined {
  const s = prepared(db, `select ${sessionColumns.select} from sessions where id = ?`).raw(true).get(id) as unknown[] | undefined;
  if (!s) return undefined;
  const session = sessionColumns.map(s);
  const u = prepared(db, `select ${userColumns.select} from users where id = ?`).raw(true).get(session.userId) as unknown[] | undefined;
  return u ? { session, user: userColumns.map(u) } : undefined;
}

/** An account by id as a raw-row lookup (every bearer-token request does this, decision 057). */
export function findUserRowQuickly(db: Db, id: number): UserRow | undefined {
  const u = prepared(db, `select ${userColumns.select} from users where id = ?`).raw(true).get(id) as unknown[] | undefined;
  return u ? userColumns.map(u) : undefined;
}

export function insertSession(tx: Tx | Db, row: SessionRow): void {
  tx.insert(sessions).values(row).run();
}

export function deleteSession(tx: Tx | Db, id: string): void {
  tx.delete(sessions).where(eq(sessions.id, id)).run();
}

export function touchSession(db: Db, id: string, lastSeenAt: string): void {
  db.update(sessions).set({ lastSeenAt }).where(eq(sessions.id, id)).run();
}

/** Removes sessions past their absolute expiry or idle since before `idleBefore`. */
export function deleteExpiredSessions(tx: Tx | Db, now: string, idleBefore: string): number {
  return tx
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleBefore)))
    .run().changes;
}
