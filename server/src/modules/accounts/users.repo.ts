import { and, asc, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { collaborations, sessions, users } from '../../db/schema/index.ts';
import { AppError } from '../../http/errors.ts';

export type UserRow = typeof users.$inferSelect;
export type UserInsert = typeof users.$inferInsert;
export type UserChanges = Partial<Omit<UserInsert, 'id' | 'version' | 'createdAt'>>;

const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === 'SQLITE_CONSTRAINT_UNIQUE';
const emailTaken = (email: string) =>
  new AppError('conflict', `Er is al een account met e-mailadres ${email}`, { errors: [{ field: 'body.email', message: 'Dit e-mailadres heeft al een account' }] });

/** Active accounts' id, name and e-mail, by name (owner picker). */
export function listActiveUserNames(db: Db): { id: number; name: string; email: string }[] {
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(isNull(users.deactivatedAt)).orderBy(asc(users.name)).all();
}

/** Every account, by e-mail. */
export function listUserRows(db: Db): UserRow[] {
  return db.select().from(users).orderBy(asc(users.email)).all();
}

export function findUserById(db: Db | Tx, id: number): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/** The account with this (normalised) e-mail address. */
export function findUserByEmail(db: Db | Tx, email: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.email, email)).get();
}

export function countUsers(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .get()?.n ?? 0
  );
}

/** Active admins other than `exceptId` (guards against locking everyone out). */
export function countOtherActiveAdmins(db: Db | Tx, exceptId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(and(eq(users.role, 'admin'), isNull(users.deactivatedAt), ne(users.id, exceptId)))
      .get()?.n ?? 0
  );
}

/** Inserts an account; a taken e-mail address answers 409. */
export function insertUser(tx: Tx | Db, values: UserInsert): number {
  try {
    return tx.insert(users).values(values).returning({ id: users.id }).get().id;
  } catch (err) {
    if (isUniqueViolation(err)) throw emailTaken(values.email);
    throw err;
  }
}

/** Applies changes and bumps the version; with `expectedVersion`, only when it matches. False when stale or missing. */
export function updateUserRow(tx: Tx | Db, id: number, changes: UserChanges, expectedVersion?: number): boolean {
  try {
    const result = tx
      .update(users)
      .set({ ...changes, version: sql`${users.version} + 1` })
      .where(expectedVersion === undefined ? eq(users.id, id) : and(eq(users.id, id), eq(users.version, expectedVersion)))
      .run();
    return result.changes === 1;
  } catch (err) {
    if (isUniqueViolation(err) && changes.email) throw emailTaken(changes.email);
    throw err;
  }
}

/** Sign-in bookkeeping (failure count, lock, last sign-in, rehash): not a user edit, so the version stays. */
export function setSignInState(tx: Tx | Db, id: number, state: Partial<Pick<UserRow, 'failedSignIns' | 'lockedUntil' | 'lastSignInAt' | 'passwordHash'>>): void {
  tx.update(users).set(state).where(eq(users.id, id)).run();
}

/** Those of the collaboration codes that do not exist. */
export function findUnknownCollaborationCodes(db: Db | Tx, codes: string[]): string[] {
  if (!codes.length) return [];
  const found = new Set(
    db
      .select({ code: collaborations.code })
      .from(collaborations)
      .where(inArray(collaborations.code, codes))
      .all()
      .map((r) => r.code),
  );
  return codes.filter((c) => !found.has(c));
}

/** Ends every session of an account (deactivation, reset, password change, sign out everywhere). */
export function deleteSessionsOfUser(tx: Tx | Db, userId: number, exceptId?: string): number {
  return tx
    .delete(sessions)
    .where(exceptId ? and(eq(sessions.userId, userId), ne(sessions.id, exceptId)) : eq(sessions.userId, userId))
    .run().changes;
}

/** The account linked to a provider's subject (decision 060). */
export function findUserByOidcSubject(db: Db | Tx, issuer: string, subject: string): UserRow | undefined {
  return db
    .select()
    .from(users)
    .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)))
    .get();
}

/** Accounts that signed in through the provider without a mapped role, longest waiting first. */
export function countUsersWaitingForApproval(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(and(isNotNull(users.ssoWaitingSince), isNull(users.deactivatedAt)))
      .get()?.n ?? 0
  );
}
