import type { Role } from '@akkoord/shared/domain/enums';
import { roleFromClaims } from '@akkoord/shared/domain/sso-role-map';
import type { Session } from '@akkoord/shared/schemas/session';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { generatePassword, hashPassword } from './passwords.ts';
import { startSession } from './sessions.service.ts';
import { auditUser } from './users.presenter.ts';
import { deleteSessionsOfUser, findUserByEmail, findUserById, findUserByOidcSubject, insertUser, updateUserRow, type UserRow } from './users.repo.ts';

/** Who the provider says signed in: the validated ID token's claims that matter here. */
export interface SsoIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  /** The values of OIDC_ROLE_CLAIM (groups or roles). */
  roleClaimValues: string[];
  idToken: string;
}

/** Why an SSO sign-in gives no session; the sign-in page words each one. */
export type SsoRefusal = 'sso_no_role' | 'sso_deactivated' | 'sso_no_email' | 'sso_email_taken';

export class SsoRefused extends Error {
  constructor(readonly reason: SsoRefusal) {
    super(reason);
  }
}

/**
 * Signs in the person the provider vouched for (decision 060): the account
 * linked to `iss` + `sub`; else, once, the existing account with the same
 * verified e-mail address (then linked); else a new account. Role and scope
 * come from the claim at every sign-in; a claim that maps to no role ends the
 * account's sessions and leaves it waiting for approval (no access). An
 * account an admin deactivated stays deactivated. Each change is audited in
 * the same transaction as the new session.
 */
export async function signInWithSso(
  deps: AppDeps,
  ctx: RequestContext,
  identity: SsoIdentity,
  meta: { previousToken: string | null; userAgent: string | undefined },
): Promise<{ token: string; session: Session }> {
  const oidc = deps.config.oidc!;
  const mapped = roleFromClaims(identity.roleClaimValues, oidc.roleMap);
  let row = findUserByOidcSubject(deps.db, identity.issuer, identity.subject);
  const email = identity.email?.trim().toLowerCase() || null;
  const byEmail = !row && email ? findUserByEmail(deps.db, email) : undefined;
  if (byEmail && (!identity.emailVerified || byEmail.oidcSubject !== null)) throw new SsoRefused('sso_email_taken');
  if (!row && !byEmail && !email) throw new SsoRefused('sso_no_email');
  // A new account gets a random password nobody knows: it signs in through the provider only.
  const unusablePassword = !row && !byEmail ? await hashPassword(generatePassword() + generatePassword()) : null;

  const now = deps.clock.now().toISOString();
  const actor = (id: number, label: string) => ({ ...actorOf(ctx), ...(ctx.user ? {} : { actorId: id, actorLabel: label }) });
  const audit = (tx: Parameters<typeof recordAudit>[0], before: UserRow | null, after: UserRow, action: 'create' | 'update' | 'link_account' | 'sign_in') =>
    recordAudit(tx, {
      at: now,
      ...actor(after.id, after.email),
      entityType: 'user',
      entityId: after.id,
      action,
      before: before ? auditUser(before) : undefined,
      after: { ...auditUser(after), ...(action === 'sign_in' ? { via: 'sso', issuer: identity.issuer } : {}) },
      requestId: ctx.requestId,
    });

  const accountId = deps.db.transaction((tx) => {
    if (!row && byEmail) {
      updateUserRow(tx, byEmail.id, { oidcIssuer: identity.issuer, oidcSubject: identity.subject, updatedAt: now });
      row = findUserById(tx, byEmail.id)!;
      audit(tx, byEmail, row, 'link_account');
    }
    if (!row) {
      const id = insertUser(tx, {
        email: email!,
        name: identity.name?.trim().slice(0, 200) || email!,
        passwordHash: unusablePassword!,
        role: (mapped?.role ?? 'viewer') satisfies Role,
        collaborationScope: mapped?.scope ?? null,
        oidcIssuer: identity.issuer,
        oidcSubject: identity.subject,
        ssoWaitingSince: mapped ? null : now,
        createdAt: now,
        updatedAt: now,
      });
      row = findUserById(tx, id)!;
      audit(tx, null, row, 'create');
      return row.id;
    }
    const before = row;
    if (!mapped) {
      deleteSessionsOfUser(tx, row.id);
      if (row.ssoWaitingSince === null) {
        updateUserRow(tx, row.id, { ssoWaitingSince: now, updatedAt: now });
        audit(tx, before, findUserById(tx, row.id)!, 'update');
      }
      return row.id;
    }
    const scopeChanged = JSON.stringify(row.collaborationScope ?? null) !== JSON.stringify(mapped.scope);
    if (row.role !== mapped.role || scopeChanged || row.ssoWaitingSince !== null) {
      updateUserRow(tx, row.id, { role: mapped.role, collaborationScope: mapped.scope, ssoWaitingSince: null, updatedAt: now });
      audit(tx, before, findUserById(tx, row.id)!, 'update');
    }
    return row.id;
  });

  const account = findUserById(deps.db, accountId)!;
  if (account.deactivatedAt !== null) throw new SsoRefused('sso_deactivated');
  if (!mapped) {
    deps.logger.warn({ reqId: ctx.requestId, event: 'sso_no_role', userId: account.id }, 'SSO sign-in without a mapped role');
    throw new SsoRefused('sso_no_role');
  }
  const started = startSession(deps, account, { ...meta, idToken: identity.idToken }, (tx) => audit(tx, null, account, 'sign_in'));
  deps.logger.info({ reqId: ctx.requestId, event: 'sign_in', via: 'sso', userId: account.id }, 'signed in through the OpenID provider');
  return started;
}
