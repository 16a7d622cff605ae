import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { apiTokens, users } from '../../db/schema/index.ts';
import { prepared } from '../../db/statements.ts';

export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type ApiTokenWithOwner = ApiTokenRow & { ownerEmail: string; ownerName: string };

const selection = {
  id: apiTokens.id,
  userId: apiTokens.userId,
  name: apiTokens.name,
  tokenHash: apiTokens.tokenHash,
  prefix: apiTokens.prefix,
  access: apiTokens.access,
  expiresOn: apiTokens.expiresOn,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
  ownerEmail: users.email,
  ownerName: users.name,
};

export function insertApiToken(tx: Tx | Db, values: Omit<ApiTokenRow, 'id' | 'lastUsedAt' | 'revokedAt'>): number {
  return tx.insert(apiTokens).values(values).returning({ id: apiTokens.id }).get().id;
}

/** One token with its owner's e-mail and name. */
export function findApiToken(db: Db | Tx, id: number): ApiTokenWithOwner | undefined {
  return db.select(selection).from(apiTokens).innerJoin(users, eq(users.id, apiTokens.userId)).where(eq(apiTokens.id, id)).get();
}

/** Tokens not revoked, newest first: of one account, or (no `userId`) of every account. */
export function listApiTokens(db: Db, userId?: number): ApiTokenWithOwner[] {
  return db
    .select(selection)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(userId === undefined ? isNull(apiTokens.revokedAt) : and(isNull(apiTokens.revokedAt), eq(apiTokens.userId, userId)))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .all();
}

export function setApiTokenRevoked(tx: Tx | Db, id: number, revokedAt: string): void {
  tx.update(apiTokens).set({ revokedAt }).where(eq(apiTokens.id, id)).run();
}

/** What every bearer request needs of its token: one probe of the hash index, as a raw row. */
export interface ApiTokenLookup {
  id: number;
  userId: number;
  access: string;
  expiresOn: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function findApiTokenByHash(db: Db, tokenHash: string): ApiTokenLookup | undefined {
  return prepared(
    db,
    'select id, user_id as userId, access, expires_on as expiresOn, last_used_at as lastUsedAt, revoked_at as revokedAt from api_tokens where token_hash = ?',
  ).get(tokenHash) as ApiTokenLookup | undefined;
}

export function touchApiToken(db: Db, id: number, lastUsedAt: string): void {
  prepared(db, 'update api_tokens set last_used_at = ? where id = ?').run(lastUsedAt, id);
}
