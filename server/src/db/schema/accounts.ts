import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** Local accounts (issue "Accounts, roles"); e-mail is stored trimmed and lower-case. */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** argon2id PHC string; never leaves the server. */
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    /** Collaboration codes the user is limited to; null = all. */
    collaborationScope: text('collaboration_scope', { mode: 'json' }).$type<string[]>(),
    locale: text('locale').notNull().default('nl'),
    deputyEmail: text('deputy_email'),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: text('locked_until'),
    /** Set after an admin reset or for the first admin: the user should choose their own password. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    passwordChangedAt: text('password_changed_at'),
    lastSignInAt: text('last_sign_in_at'),
    deactivatedAt: text('deactivated_at'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email)],
);

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256
 * is stored, so a copy of the database does not hand out live sessions.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    /** Absolute expiry; the idle timeout is checked against lastSeenAt. */
    expiresAt: text('expires_at').notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Personal access tokens for integrations (decision 057). The secret is shown
 * once; only its SHA-256 is kept. A revoked token keeps its row (the audit
 * trail and the admin list name it).
 */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    /** SHA-256 (hex) of the secret. */
    tokenHash: text('token_hash').notNull(),
    /** `akk_` and the next 6 characters of the secret, to tell tokens apart. */
    prefix: text('prefix').notNull(),
    /** `read` or `write`. */
    access: text('access').notNull(),
    /** Last day (Europe/Amsterdam) the token works. */
    expiresOn: text('expires_on').notNull(),
    createdAt: text('created_at').notNull(),
    /** Written at most once a minute per token. */
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);
