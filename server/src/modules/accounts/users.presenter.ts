import type { Role } from '@akkoord/shared/domain/enums';
import type { SessionUser } from '@akkoord/shared/schemas/session';
import type { Locale, User } from '@akkoord/shared/schemas/user';
import type { CurrentUser } from '../../http/context.ts';
import type { UserRow } from './users.repo.ts';

/** An account as admins see it; the password hash never leaves the server (nor enters the audit trail). */
export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    collaborationScope: row.collaborationScope ?? null,
    locale: row.locale as Locale,
    deputyEmail: row.deputyEmail,
    active: row.deactivatedAt === null,
    lockedUntil: row.lockedUntil,
    mustChangePassword: row.mustChangePassword,
    lastSignInAt: row.lastSignInAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    sso: row.oidcSubject !== null,
    ssoWaitingSince: row.ssoWaitingSince,
  };
}

/** What the audit trail keeps of an account: its editable facts, not sign-in bookkeeping. */
export function auditUser(row: UserRow): Record<string, unknown> {
  const { lastSignInAt: _l, lockedUntil: _u, updatedAt: _t, sso: _s, ...rest } = presentUser(row);
  return { ...rest, passwordChangedAt: row.passwordChangedAt };
}

/** The signed-in user as routes and services see it. */
export function toCurrentUser(row: UserRow): CurrentUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    collaborationScope: row.collaborationScope ?? null,
    locale: row.locale as Locale,
    mustChangePassword: row.mustChangePassword,
  };
}

/** The user part of `GET /api/session`. */
export function presentSessionUser(row: UserRow): SessionUser {
  return { ...toCurrentUser(row), deputyEmail: row.deputyEmail };
}
