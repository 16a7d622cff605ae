import type { ApiTokenAccess, ApiTokenList, CreateApiTokenInput, CreatedApiToken } from '@akkoord/shared/schemas/api-token';
import { apiTokenExpiryProblem, isApiTokenExpired, latestApiTokenExpiry } from '@akkoord/shared/domain/api-token-expiry';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type CurrentUser, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { apiTokenDisplayPrefix, apiTokenHashOf, isWellFormedApiToken, newApiTokenSecret } from './api-token-secret.ts';
import { auditApiToken, presentApiToken } from './api-tokens.presenter.ts';
import { findApiToken, findApiTokenByHash, insertApiToken, listApiTokens, setApiTokenRevoked, touchApiToken, type ApiTokenWithOwner } from './api-tokens.repo.ts';
import { findUserRowQuickly } from './sessions.repo.ts';
import { toCurrentUser } from './users.presenter.ts';

/** lastUsedAt is written at most once a minute per token: a busy integration does not turn its reads into writes. */
const TOUCH_AFTER_MS = 60_000;

/** Creates a personal access token for the signed-in account; the secret is in this answer only. */
export function createApiToken(deps: AppDeps, ctx: RequestContext, input: CreateApiTokenInput): CreatedApiToken {
  const today = deps.clock.today();
  const problem = apiTokenExpiryProblem(input.expiresOn, today);
  if (problem) {
    const message = problem === 'not_after_today' ? 'Kies een datum na vandaag' : `Een token werkt hoogstens een jaar: uiterlijk ${latestApiTokenExpiry(today)}`;
    throw new AppError('validation_failed', 'Een of meer velden kloppen niet', { errors: [{ field: 'body.expiresOn', message, code: problem }] });
  }
  const secret = newApiTokenSecret();
  const now = deps.clock.now().toISOString();
  const row = deps.db.transaction((tx) => {
    const id = insertApiToken(tx, {
      userId: ctx.user!.id,
      name: input.name,
      tokenHash: apiTokenHashOf(secret),
      prefix: apiTokenDisplayPrefix(secret),
      access: input.access,
      expiresOn: input.expiresOn,
      createdAt: now,
    });
    const created = findApiToken(tx, id)!;
    recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'api_token', entityId: id, action: 'create', after: auditApiToken(created), requestId: ctx.requestId });
    return created;
  });
  deps.logger.info({ reqId: ctx.requestId, event: 'api_token_created', userId: ctx.user!.id, tokenId: row.id }, 'API token created');
  return { id: row.id, token: secret, apiToken: presentApiToken(row, today) };
}

/** The signed-in account's tokens that are not revoked (expired ones included, marked so). */
export function listOwnApiTokens(deps: AppDeps, ctx: RequestContext): ApiTokenList {
  const today = deps.clock.today();
  return { items: listApiTokens(deps.db, ctx.user!.id).map((row) => presentApiToken(row, today)) };
}

/** Every account's tokens that are not revoked (admins). */
export function listAllApiTokens(deps: AppDeps): ApiTokenList {
  const today = deps.clock.today();
  return { items: listApiTokens(deps.db).map((row) => presentApiToken(row, today)) };
}

function revoke(deps: AppDeps, ctx: RequestContext, row: ApiTokenWithOwner): void {
  if (row.revokedAt !== null) return;
  const now = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    setApiTokenRevoked(tx, row.id, now);
    recordAudit(tx, {
      at: now,
      ...actorOf(ctx),
      entityType: 'api_token',
      entityId: row.id,
      action: 'revoke',
      before: auditApiToken(row),
      after: auditApiToken(findApiToken(tx, row.id)!),
      requestId: ctx.requestId,
    });
  });
  deps.logger.info({ reqId: ctx.requestId, event: 'api_token_revoked', userId: ctx.user?.id, tokenId: row.id }, 'API token revoked');
}

/** Revokes one of the signed-in account's own tokens (another account's token is 404: it is not there for you). */
export function revokeOwnApiToken(deps: AppDeps, ctx: RequestContext, id: number): void {
  const row = findApiToken(deps.db, id);
  if (!row || row.userId !== ctx.user!.id) throw new AppError('not_found', `API-token ${id} bestaat niet`);
  revoke(deps, ctx, row);
}

/** Revokes any account's token (admins). Revoking twice is fine. */
export function revokeApiToken(deps: AppDeps, ctx: RequestContext, id: number): void {
  const row = findApiToken(deps.db, id);
  if (!row) throw new AppError('not_found', `API-token ${id} bestaat niet`);
  revoke(deps, ctx, row);
}

/** A bearer token that works: its account as the request's user, and what the token may do. */
export interface ResolvedApiToken {
  user: CurrentUser;
  token: { id: number; access: ApiTokenAccess };
}

/**
 * The account behind a bearer token, or null when the token is unknown,
 * revoked, past its last day, or its account is deactivated. The account's
 * role and scope are read now, so a change applies to the next request.
 */
export function resolveApiToken(deps: AppDeps, secret: string): ResolvedApiToken | null {
  if (!isWellFormedApiToken(secret)) return null;
  const token = findApiTokenByHash(deps.db, apiTokenHashOf(secret));
  if (!token || token.revokedAt !== null || isApiTokenExpired(token.expiresOn, deps.clock.today())) return null;
  const user = findUserRowQuickly(deps.db, token.userId);
  if (!user || user.deactivatedAt !== null) return null;
  const now = deps.clock.now();
  if (token.lastUsedAt === null || now.getTime() - Date.parse(token.lastUsedAt) >= TOUCH_AFTER_MS) touchApiToken(deps.db, token.id, now.toISOString());
  return { user: toCurrentUser(user), token: { id: token.id, access: token.access as ApiTokenAccess } };
}
