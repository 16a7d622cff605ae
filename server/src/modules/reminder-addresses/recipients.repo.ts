import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { agreements, collaborations, reminderFollows, reminderRecipients, reminderTeamAddresses, users } from '../../db/schema/index.ts';

export type RecipientRow = typeof reminderRecipients.$inferSelect;
export type FollowRow = typeof reminderFollows.$inferSelect;
export type SubjectKind = FollowRow['subjectKind'];

/** The recipient with this (lower-cased) address, removed ones included. */
export function findRecipientByEmail(db: Db | Tx, email: string): RecipientRow | undefined {
  return db.select().from(reminderRecipients).where(eq(reminderRecipients.email, email)).get();
}

export function findRecipientById(db: Db | Tx, id: number): RecipientRow | undefined {
  return db.select().from(reminderRecipients).where(eq(reminderRecipients.id, id)).get();
}

export function findRecipientByUserId(db: Db | Tx, userId: number): RecipientRow | undefined {
  return db.select().from(reminderRecipients).where(eq(reminderRecipients.userId, userId)).get();
}

export function findRecipientBySecret(db: Db | Tx, secret: string): RecipientRow | undefined {
  return db
    .select()
    .from(reminderRecipients)
    .where(and(eq(reminderRecipients.calendarSecret, secret), isNull(reminderRecipients.removedAt)))
    .get();
}

/** Active recipients by id. */
export function findRecipientsByIds(db: Db | Tx, ids: number[]): RecipientRow[] {
  if (!ids.length) return [];
  return db
    .select()
    .from(reminderRecipients)
    .where(and(inArray(reminderRecipients.id, ids), isNull(reminderRecipients.removedAt)))
    .all();
}

/** E-mail language per address: an account's preference first, then the recipient row's. */
export function findLocalesByEmail(db: Db | Tx, emails: string[]): Map<string, 'nl' | 'en'> {
  const out = new Map<string, 'nl' | 'en'>();
  for (let i = 0; i < emails.length; i += 500) {
    const chunk = emails.slice(i, i + 500);
    const rows = db
      .select({ email: reminderRecipients.email, locale: reminderRecipients.locale })
      .from(reminderRecipients)
      .where(and(inArray(reminderRecipients.email, chunk), isNull(reminderRecipients.removedAt)))
      .all();
    for (const r of rows) out.set(r.email, r.locale);
    for (const u of db.select({ email: users.email, locale: users.locale }).from(users).where(inArray(users.email, chunk)).all()) {
      out.set(u.email, u.locale === 'en' ? 'en' : 'nl');
    }
  }
  return out;
}

/** The deputy address accounts name for themselves, by (lower-case) account e-mail. */
export function findUserDeputies(db: Db | Tx, emails: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < emails.length; i += 500) {
    const chunk = emails.slice(i, i + 500);
    for (const u of db
      .select({ email: users.email, deputy: users.deputyEmail })
      .from(users)
      .where(and(inArray(users.email, chunk), isNull(users.deactivatedAt)))
      .all()) {
      if (u.deputy) out.set(u.email, u.deputy.trim().toLowerCase());
    }
  }
  return out;
}

/** The plain addresses (team mailboxes) reminders know, for the address screen; users' own rows are left out. */
export function listPlainAddresses(db: Db): RecipientRow[] {
  return db
    .select()
    .from(reminderRecipients)
    .where(and(eq(reminderRecipients.kind, 'address'), isNull(reminderRecipients.removedAt)))
    .orderBy(asc(reminderRecipients.email))
    .all();
}

/** Whether an account (active or not) has this (lower-case) address. */
export function isAccountEmail(db: Db | Tx, email: string): boolean {
  return (
    db
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`)
      .get() !== undefined
  );
}

/** Whether the account behind a recipient row is deactivated (false for plain addresses and unknown ids). */
export function isDeactivatedAccount(db: Db | Tx, userId: number | null): boolean {
  if (userId === null) return false;
  return (
    db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), isNotNull(users.deactivatedAt)))
      .get() !== undefined
  );
}

/** Ends the calendar feed of an account (deactivation): its secret URL answers 404 until the user asks for a new one. */
export function clearCalendarSecretOfUser(tx: Tx, userId: number, at: string): void {
  tx.update(reminderRecipients).set({ calendarSecret: null, updatedAt: at }).where(eq(reminderRecipients.userId, userId)).run();
}

export function insertRecipient(tx: Tx | Db, values: typeof reminderRecipients.$inferInsert): RecipientRow {
  return tx.insert(reminderRecipients).values(values).returning().get();
}

export function updateRecipient(tx: Tx | Db, id: number, changes: Partial<typeof reminderRecipients.$inferInsert>): RecipientRow {
  return tx.update(reminderRecipients).set(changes).where(eq(reminderRecipients.id, id)).returning().get();
}

export function insertFollow(tx: Tx, recipientId: number, subjectKind: SubjectKind, subjectId: number, at: string): boolean {
  const r = tx.insert(reminderFollows).values({ recipientId, subjectKind, subjectId, createdAt: at }).onConflictDoNothing().run();
  return r.changes === 1;
}

export function deleteFollow(tx: Tx, recipientId: number, subjectKind: SubjectKind, subjectId: number): boolean {
  const r = tx
    .delete(reminderFollows)
    .where(and(eq(reminderFollows.recipientId, recipientId), eq(reminderFollows.subjectKind, subjectKind), eq(reminderFollows.subjectId, subjectId)))
    .run();
  return r.changes === 1;
}

/** Removes every follow and team-address role of a recipient (when a plain address is removed). */
export function deleteAllFollowsOf(tx: Tx, recipientId: number): void {
  tx.delete(reminderFollows).where(eq(reminderFollows.recipientId, recipientId)).run();
  tx.delete(reminderTeamAddresses).where(eq(reminderTeamAddresses.recipientId, recipientId)).run();
}

/** Followers of one subject with their recipient rows. */
export function findFollowersOf(db: Db | Tx, subjectKind: SubjectKind, subjectId: number): (FollowRow & { recipient: RecipientRow })[] {
  return db
    .select({ f: reminderFollows, r: reminderRecipients })
    .from(reminderFollows)
    .innerJoin(reminderRecipients, eq(reminderRecipients.id, reminderFollows.recipientId))
    .where(and(eq(reminderFollows.subjectKind, subjectKind), eq(reminderFollows.subjectId, subjectId), isNull(reminderRecipients.removedAt)))
    .orderBy(asc(reminderFollows.id))
    .all()
    .map((x) => ({ ...x.f, recipient: x.r }));
}

/**
 * Follows of agreements among `agreementIds` plus every collaboration follow,
 * for planning in bulk. A user's current account address is used, and
 * deactivated accounts are left out.
 */
export function findFollowsForPlanning(db: Db | Tx, agreementIds: number[]): { recipientId: number; subjectKind: SubjectKind; subjectId: number; email: string }[] {
  const base = () =>
    db
      .select({
        recipientId: reminderFollows.recipientId,
        subjectKind: reminderFollows.subjectKind,
        subjectId: reminderFollows.subjectId,
        email: sql<string>`coalesce(${users.email}, ${reminderRecipients.email})`,
      })
      .from(reminderFollows)
      .innerJoin(reminderRecipients, eq(reminderRecipients.id, reminderFollows.recipientId))
      .leftJoin(users, eq(users.id, reminderRecipients.userId));
  const live = and(isNull(reminderRecipients.removedAt), isNull(users.deactivatedAt));
  const out = base()
    .where(and(eq(reminderFollows.subjectKind, 'collaboration'), live))
    .all();
  for (let i = 0; i < agreementIds.length; i += 500) {
    const chunk = agreementIds.slice(i, i + 500);
    out.push(
      ...base()
        .where(and(eq(reminderFollows.subjectKind, 'agreement'), inArray(reminderFollows.subjectId, chunk), live))
        .all(),
    );
  }
  return out;
}

/** A follow with its title for display and its collaboration (the followed one, or the followed agreement's). */
export interface FollowOfRecipient {
  subjectKind: SubjectKind;
  subjectId: number;
  title: string;
  collaborationCode: string | null;
}

/** What one recipient follows, in the order it started following. */
export function findFollowsOf(db: Db | Tx, recipientId: number): FollowOfRecipient[] {
  const rows = db.select().from(reminderFollows).where(eq(reminderFollows.recipientId, recipientId)).orderBy(asc(reminderFollows.id)).all();
  const agreementIds = rows.filter((r) => r.subjectKind === 'agreement').map((r) => r.subjectId);
  const collabIds = rows.filter((r) => r.subjectKind === 'collaboration').map((r) => r.subjectId);
  const found = new Map<string, { title: string; collaborationCode: string | null }>();
  if (agreementIds.length) {
    for (const a of db
      .select({ id: agreements.id, title: agreements.title, code: collaborations.code })
      .from(agreements)
      .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
      .where(inArray(agreements.id, agreementIds))
      .all()) {
      found.set(`agreement:${a.id}`, { title: a.title, collaborationCode: a.code });
    }
  }
  if (collabIds.length) {
    for (const c of db
      .select({ id: collaborations.id, code: collaborations.code, name: collaborations.name })
      .from(collaborations)
      .where(inArray(collaborations.id, collabIds))
      .all()) {
      found.set(`collaboration:${c.id}`, { title: `${c.code} — ${c.name}`, collaborationCode: c.code });
    }
  }
  return rows.map((r) => ({ subjectKind: r.subjectKind, subjectId: r.subjectId, ...(found.get(`${r.subjectKind}:${r.subjectId}`) ?? { title: '', collaborationCode: null }) }));
}

/** The collaboration code (null: none) of each of these agreements, archived ones included. */
export function findCollaborationCodesOfAgreements(db: Db | Tx, ids: number[]): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = db
      .select({ code: collaborations.code })
      .from(agreements)
      .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
      .where(inArray(agreements.id, chunk))
      .all();
    out.push(...rows.map((r) => r.code));
  }
  return out;
}

/** Every collaboration's id, code and parent (a handful of rows). */
export function findCollaborationTree(db: Db | Tx): { id: number; code: string; parentId: number | null }[] {
  return db.select({ id: collaborations.id, code: collaborations.code, parentId: collaborations.parentId }).from(collaborations).all();
}

/** Team addresses per collaboration id (active recipients only). */
export function findTeamAddresses(db: Db | Tx): Map<number, RecipientRow> {
  const rows = db
    .select({ collaborationId: reminderTeamAddresses.collaborationId, r: reminderRecipients })
    .from(reminderTeamAddresses)
    .innerJoin(reminderRecipients, eq(reminderRecipients.id, reminderTeamAddresses.recipientId))
    .where(isNull(reminderRecipients.removedAt))
    .all();
  return new Map(rows.map((x) => [x.collaborationId, x.r]));
}

export function setTeamAddress(tx: Tx, collaborationId: number, recipientId: number | null, at: string): void {
  if (recipientId === null) {
    tx.delete(reminderTeamAddresses).where(eq(reminderTeamAddresses.collaborationId, collaborationId)).run();
    return;
  }
  tx.insert(reminderTeamAddresses)
    .values({ collaborationId, recipientId, updatedAt: at })
    .onConflictDoUpdate({ target: reminderTeamAddresses.collaborationId, set: { recipientId, updatedAt: at } })
    .run();
}

/** The collaborations (id and code) a recipient is the team address of, by code. */
export function findTeamAddressCodesOf(db: Db | Tx, recipientId: number): { id: number; code: string }[] {
  return db
    .select({ id: collaborations.id, code: collaborations.code })
    .from(reminderTeamAddresses)
    .innerJoin(collaborations, eq(collaborations.id, reminderTeamAddresses.collaborationId))
    .where(eq(reminderTeamAddresses.recipientId, recipientId))
    .orderBy(asc(collaborations.code))
    .all();
}

/** The collaboration row for a code (id and name), or undefined. */
export function findCollaborationByCode(db: Db | Tx, code: string): { id: number; code: string; name: string } | undefined {
  return db.select({ id: collaborations.id, code: collaborations.code, name: collaborations.name }).from(collaborations).where(eq(collaborations.code, code)).get();
}

/** Agreement ids owned by an address (ownerEmail, case-insensitive). */
export function findAgreementIdsOwnedBy(db: Db | Tx, email: string): number[] {
  return db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(sql`lower(${agreements.ownerEmail}) = ${email}`, isNull(agreements.archivedAt)))
    .all()
    .map((r) => r.id);
}

/** Agreement ids in the given collaborations (not archived). */
export function findAgreementIdsInCollaborations(db: Db | Tx, collaborationIds: number[]): number[] {
  if (!collaborationIds.length) return [];
  return db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(inArray(agreements.collaborationId, collaborationIds), isNull(agreements.archivedAt)))
    .all()
    .map((r) => r.id);
}

/** Follows of one recipient, raw. */
export function findFollowRowsOf(db: Db | Tx, recipientId: number): FollowRow[] {
  return db.select().from(reminderFollows).where(eq(reminderFollows.recipientId, recipientId)).all();
}

/** Accounts limited to some collaborations (id, lower-case e-mail, scope): the few whose reminders and feed are filtered. */
export function findLimitedAccounts(db: Db | Tx): { id: number; email: string; collaborationScope: string[] }[] {
  return db
    .select({ id: users.id, email: users.email, collaborationScope: users.collaborationScope })
    .from(users)
    .where(isNotNull(users.collaborationScope))
    .all()
    .flatMap((u) => (u.collaborationScope ? [{ id: u.id, email: u.email, collaborationScope: u.collaborationScope }] : []));
}
