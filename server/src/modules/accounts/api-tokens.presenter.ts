import type { ApiToken, ApiTokenAccess } from '@akkoord/shared/schemas/api-token';
import { isApiTokenExpired } from '@akkoord/shared/domain/api-token-expiry';
import type { ApiTokenWithOwner } from './api-tokens.repo.ts';

/** A token as its owner and admins see it: never its hash. */
export function presentApiToken(row: ApiTokenWithOwner, today: string): ApiToken {
  return {
    id: row.id,
    name: row.name,
    access: row.access as ApiTokenAccess,
    prefix: row.prefix,
    expiresOn: row.expiresOn,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    state: row.revokedAt !== null ? 'revoked' : isApiTokenExpired(row.expiresOn, today) ? 'expired' : 'active',
    owner: { id: row.userId, email: row.ownerEmail, name: row.ownerName },
  };
}

/** What the audit trail keeps of a token: what it is and whose, not when it was last used. */
export function auditApiToken(row: ApiTokenWithOwner): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    access: row.access,
    prefix: row.prefix,
    expiresOn: row.expiresOn,
    ownerId: row.userId,
    ownerEmail: row.ownerEmail,
    revokedAt: row.revokedAt,
  };
}
