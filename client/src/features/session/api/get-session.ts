import { ROLES } from '@akkoord/shared/domain/enums';
import { sessionUserSchema, type SessionUser as SessionUserResponse } from '@akkoord/shared/schemas/session';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest, ApiError, setCsrfToken } from '../../../lib/api-client.ts';
import { sessionKeys } from './keys.ts';

export const USER_ROLES = ROLES;
export type UserRole = (typeof USER_ROLES)[number];

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  /** The language of the user's e-mails (and their saved interface language); null when the server does not say. */
  locale: 'nl' | 'en' | null;
  /** Signed in with a generated password (first start, admin reset): should choose their own. */
  mustChangePassword: boolean;
  /** Who receives escalations meant for this user (their stand-in); null when none or unknown. */
  deputyEmail: string | null;
  /** Per resource, per action, as the server grants them (e.g. agreement.update). */
  permissions: Record<string, Record<string, boolean>> | null;
  /**
   * The collaborations the account is limited to: exactly these, not the ones
   * that house them (decision 023); null when unlimited or the server does not say.
   */
  collaborationScope: SessionUserResponse['collaborationScope'];
}

/**
 * What the client knows about the session:
 * - `signed-in`: a user (and the CSRF token is set for writes);
 * - `signed-out`: the server requires sign-in and there is no session;
 * - `open`: the server has no session API (yet): nothing to sign in to.
 */
export type SessionState = { kind: 'signed-in'; user: SessionUser } | { kind: 'signed-out' } | { kind: 'open' };

// Accepts `{ user: {...}, csrfToken }` and the flat `{ id, email, role, csrfToken }`.
const userSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  email: z.string(),
  name: z.string().nullish(),
  displayName: z.string().nullish(),
  role: z.enum(USER_ROLES),
  locale: z.enum(['nl', 'en']).nullish(),
  mustChangePassword: z.boolean().nullish(),
  deputyEmail: z.string().nullish(),
  collaborationScope: sessionUserSchema.shape.collaborationScope.optional(),
});
const sessionSchema = z.looseObject({
  user: userSchema.nullish(),
  csrfToken: z.string().nullish(),
  permissions: z.record(z.string(), z.record(z.string(), z.boolean())).nullish(),
});

function toState(body: unknown): SessionState {
  const parsed = sessionSchema.parse(body);
  const user = parsed.user ?? userSchema.safeParse(body).data ?? null;
  setCsrfToken(parsed.csrfToken ?? null);
  if (!user) return { kind: 'signed-out' };
  return {
    kind: 'signed-in',
    user: {
      id: user.id,
      email: user.email,
      name: user.name ?? user.displayName ?? null,
      role: user.role,
      locale: user.locale ?? null,
      mustChangePassword: user.mustChangePassword ?? false,
      deputyEmail: user.deputyEmail ?? null,
      permissions: parsed.permissions ?? null,
      collaborationScope: user.collaborationScope ?? null,
    },
  };
}

export async function getSession(): Promise<SessionState> {
  try {
    return toState(await apiRequest('/session'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return { kind: 'signed-out' };
    }
    if (error instanceof ApiError && (error.status === 404 || error.status === 405)) return { kind: 'open' };
    throw error;
  }
}

export const sessionQueryOptions = () => queryOptions({ queryKey: sessionKeys.current, queryFn: getSession, staleTime: 5 * 60_000 });

export function useSession() {
  return useQuery(sessionQueryOptions());
}
