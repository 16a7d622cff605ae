import type { ChangePasswordInput, Session, SignInInput, UpdateProfileInput } from '@akkoord/shared/schemas/session';
import type { AppDeps } from '../../deps.ts';
import type { Tx } from '../../db/client.ts';
import { actorOf, type CurrentUser, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { allPermissions } from '../../http/permissions.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { isWellFormedToken, newToken, sessionIdOf } from './session-token.ts';
import { deleteExpiredSessions, deleteSession, findSessionWithUser, insertSession, touchSession } from './sessions.repo.ts';
import { auditUser, presentSessionUser, toCurrentUser } from './users.presenter.ts';
import { refuseCommonPassword } from './password-policy.ts';
import { forgetFailures, waitBeforeAttempt } from './sign-in-slowdown.ts';
import { deleteSessionsOfUser, findUserByEmail, findUserById, setSignInState, updateUserRow, type UserRow } from './users.repo.ts';
import { updateUser } from './users.service.ts';

/** lastSeenAt is written at most once a minute: the idle timeout is exact to the minute, reads stay reads. */
const TOUCH_AFTER_MS = 60_000;

export interface ActiveSession {
  id: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  /** The provider's ID token of a single sign-on session (for RP-initiated logout); null for a password sign-in. */
  idToken?: string | null;
}

/** No access: deactivated by an admin, or signed in through the provider without a mapped role (decision 060). */
export const hasNoAccess = (row: Pick<UserRow, 'deactivatedAt' | 'ssoWaitingSince'>): boolean => row.deactivatedAt !== null || row.ssoWaitingSince !== null;

const minutes = (n: number) => n * 60_000;

/** The session behind a cookie token, or null when unknown, expired (then deleted) or its account deactivated. */
export function resolveSession(deps: AppDeps, token: string): { user: CurrentUser; session: ActiveSession } | null {
  if (!isWellFormedToken(token)) return null;
  const id = sessionIdOf(token);
  const found = findSessionWithUser(deps.db, id);
  if (!found) return null;
  const { session, user } = found;
  const now = deps.clock.now();
  const idleSince = now.getTime() - Date.parse(session.lastSeenAt);
  if (Date.parse(session.expiresAt) <= now.getTime() || idleSince >= minutes(deps.config.sessionIdleMinutes) || hasNoAccess(user)) {
    deleteSession(deps.db, id);
    return null;
  }
  if (idleSince >= TOUCH_AFTER_MS) touchSession(deps.db, id, now.toISOString());
  return {
    user: toCurrentUser(user),
    session: { id, csrfToken: session.csrfToken, createdAt: session.createdAt, expiresAt: session.expiresAt, idToken: session.idToken },
  };
}

/** What `GET /api/session` answers. */
export function presentSession(deps: AppDeps, row: UserRow, session: ActiveSession): Session {
  return {
    user: presentSessionUser(row),
    role: presentSessionUser(row).role,
    csrfToken: session.csrfToken,
    permissions: allPermissions(toCurrentUser(row)),
    expiresAt: session.expiresAt,
    idleTimeoutMinutes: deps.config.sessionIdleMinutes,
  };
}

/** The signed-in user's session view. */
export function getSession(deps: AppDeps, ctx: RequestContext, session: ActiveSession): Session {
  const row = findUserById(deps.db, ctx.user!.id)!;
  return presentSession(deps, row, session);
}

const badCredentials = () => new AppError('unauthenticated', 'E-mailadres of wachtwoord klopt niet');

/**
 * Signs in: waits as long as the address's recent failures ask (sign-in-slowdown.ts),
 * checks the password (argon2id; against a dummy hash when there is no active account,
 * so the answer and its time are the same), then replaces any session the browser had
 * with a brand-new one (no session fixation). Returns the cookie token.
 */
export async function signIn(
  deps: AppDeps,
  ctx: RequestContext,
  input: SignInInput,
  meta: { previousToken: string | null; userAgent: string | undefined },
): Promise<{ token: string; session: Session }> {
  const email = input.email.trim().toLowerCase();
  if (!deps.config.localLogin && email !== deps.config.breakGlassEmail) {
    throw new AppError('forbidden', `Aanmelden met een wachtwoord staat uit. Gebruik "Inloggen met ${deps.config.oidc?.providerName ?? 'uw organisatie'}".`);
  }
  await waitBeforeAttempt(deps, input.email);
  const row = findUserByEmail(deps.db, email);
  if (!row || hasNoAccess(row)) {
    await verifyAgainstDummy(input.password);
    deps.logger.warn({ reqId: ctx.requestId, event: 'sign_in_failed' }, 'failed sign-in (no such active account)');
    throw badCredentials();
  }
  if (!(await verifyPassword(row.passwordHash, input.password))) {
    deps.logger.warn({ reqId: ctx.requestId, event: 'sign_in_failed', userId: row.id }, 'failed sign-in');
    throw badCredentials();
  }
  forgetFailures(deps, input.email);

  const rehash = needsRehash(row.passwordHash) ? await hashPassword(input.password) : null;
  const started = startSession(deps, row, { ...meta, passwordHash: rehash });
  deps.logger.info({ reqId: ctx.requestId, event: 'sign_in', userId: row.id }, 'signed in');
  return started;
}

/**
 * A brand-new session for an account that proved who it is (password or the
 * OpenID provider): replaces the one the browser came with (no fixation),
 * sweeps ended ones, records the sign-in. Returns the cookie token.
 */
export function startSession(
  deps: AppDeps,
  row: UserRow,
  meta: { previousToken: string | null; userAgent: string | undefined; idToken?: string | null; passwordHash?: string | null },
  inTransaction?: (tx: Tx) => void,
): { token: string; session: Session } {
  const now = deps.clock.now();
  const token = newToken();
  const session: ActiveSession = {
    id: sessionIdOf(token),
    csrfToken: newToken(),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + deps.config.sessionAbsoluteHours * 3_600_000).toISOString(),
  };
  deps.db.transaction((tx) => {
    if (meta.previousToken && isWellFormedToken(meta.previousToken)) deleteSession(tx, sessionIdOf(meta.previousToken));
    deleteExpiredSessions(tx, session.createdAt, new Date(now.getTime() - minutes(deps.config.sessionIdleMinutes)).toISOString());
    insertSession(tx, { ...session, userId: row.id, lastSeenAt: session.createdAt, userAgent: meta.userAgent?.slice(0, 300) ?? null, idToken: meta.idToken ?? null });
    setSignInState(tx, row.id, { failedSignIns: 0, lockedUntil: null, lastSignInAt: session.createdAt, ...(meta.passwordHash ? { passwordHash: meta.passwordHash } : {}) });
    inTransaction?.(tx);
  });
  return { token, session: presentSession(deps, findUserById(deps.db, row.id)!, session) };
}

/**
 * Ends this session (signing out twice is fine). For a single sign-on session, returns the provider's
 * end-session URL when it offers one (RP-initiated logout, decision 060).
 */
export function signOut(deps: AppDeps, ctx: RequestContext, session: ActiveSession | undefined): string | null {
  if (!session) return null;
  deleteSession(deps.db, session.id);
  deps.logger.info({ reqId: ctx.requestId, event: 'sign_out', userId: ctx.user?.id }, 'signed out');
  return session.idToken && deps.sso ? deps.sso.endSessionUrl(session.idToken) : null;
}

/** Ends every session of the signed-in user, on every device. */
export function signOutEverywhere(deps: AppDeps, ctx: RequestContext): number {
  const ended = deleteSessionsOfUser(deps.db, ctx.user!.id);
  deps.logger.info({ reqId: ctx.requestId, event: 'sign_out_everywhere', userId: ctx.user!.id, sessions: ended }, 'signed out everywhere');
  return ended;
}

/** Changes the signed-in user's password after checking the current one; other sessions end. */
export async function changeOwnPassword(deps: AppDeps, ctx: RequestContext, session: ActiveSession, input: ChangePasswordInput): Promise<void> {
  const row = findUserById(deps.db, ctx.user!.id)!;
  // Guessing the current password in a stolen session is slowed down like signing in.
  await waitBeforeAttempt(deps, row.email);
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    deps.logger.warn({ reqId: ctx.requestId, event: 'password_change_failed', userId: row.id }, 'wrong current password');
    throw new AppError('validation_failed', 'Een of meer velden kloppen niet', { errors: [{ field: 'body.currentPassword', message: 'Dit is niet uw huidige wachtwoord' }] });
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('validation_failed', 'Een of meer velden kloppen niet', { errors: [{ field: 'body.newPassword', message: 'Kies een ander wachtwoord dan het huidige' }] });
  }
  forgetFailures(deps, row.email);
  await refuseCommonPassword(input.newPassword, 'body.newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    updateUserRow(tx, row.id, { passwordHash, passwordChangedAt: now, mustChangePassword: false, failedSignIns: 0, updatedAt: now });
    deleteSessionsOfUser(tx, row.id, session.id);
    recordAudit(tx, {
      at: now,
      ...actorOf(ctx),
      entityType: 'user',
      entityId: row.id,
      action: 'change_password',
      before: auditUser(row),
      after: auditUser(findUserById(tx, row.id)!),
      requestId: ctx.requestId,
    });
  });
}

/** Changes the signed-in user's own name, language or deputy. */
export function updateOwnProfile(deps: AppDeps, ctx: RequestContext, session: ActiveSession, input: UpdateProfileInput): Session {
  updateUser(deps, ctx, ctx.user!.id, input);
  return getSession(deps, ctx, session);
}
