import { eq, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { sessions, users } from '../../db/schema/index.ts';

export type SessionRow = typeof sessions.$inferSelect;
type UserRow = typeof users.$inferSelect;

const prepareSessionLookup = (db: Db) => ({
  session: db.select().from(sessions).where(eq(sessions.id, sql.placeholder('id'))).prepare(),
  user: db.select().from(users).where(eq(users.id, sql.placeholder('id'))).prepare(),
});
/**
 * Every request looks its session up: the statements are prepared once per
 * database. Two primary-key lookups: as one join SQLite scanned the users
 * table (small tables, so its statistics favoured a scan), about 4× slower.
 */
const sessionLookups = new WeakMap<Db, ReturnType<typeof prepareSessionLookup>>();

/** A stored session with its account, or undefined. */
export function findSessionWithUser(db: Db, id: string): { session: SessionRow; user: UserRow } | undefined {
  let lookup = sessionLookups.get(db);
  if (!lookup) sessionLookups.set(db, (lookup = prepareSessionLookup(db)));
  const session = lookup.session.get({ id });
  const user = session && lookup.user.get({ id: session.userId });
  return session && user ? { session, user } : undefined;
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
  return tx.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleBefore))).run().changes;
}
