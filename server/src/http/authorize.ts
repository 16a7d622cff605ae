import type { Role } from '@akkoord/shared/domain/enums';
import type { CurrentUser } from './context.ts';
import { AppError } from './errors.ts';

/** Who may call a route: anyone, or a role allowed by a resource's declarative policy. */
export type Access = { public: true } | { resource: string; action: string };

export type PolicyTable = Record<string, readonly Role[]>;
const policies = new Map<string, PolicyTable>();

/** Registers a feature's declarative policy (`<feature>.policy.ts`); returns it for reuse. */
export function definePolicy<T extends PolicyTable>(resource: string, table: T): T {
  policies.set(resource, table);
  return table;
}

/** The roles a policy allows for an action, or undefined when no policy covers it. */
export function allowedRoles(resource: string, action: string): readonly Role[] | undefined {
  return policies.get(resource)?.[action];
}

/** Every registered policy: resource → action → roles (for the session's permission map and the OpenAPI document). */
export function listPolicies(): ReadonlyMap<string, PolicyTable> {
  return policies;
}

/** True when the user's role may do the action. */
export function can(user: CurrentUser | null, resource: string, action: string): boolean {
  const roles = allowedRoles(resource, action);
  return !!user && !!roles && roles.includes(user.role);
}

/** Throws 401/403 problems unless the access rule lets the user through. */
export function authorize(user: CurrentUser | null, access: Access): void {
  if ('public' in access) return;
  if (!allowedRoles(access.resource, access.action)) {
    throw new AppError('forbidden', `Geen beleid voor ${access.resource}.${access.action}`);
  }
  if (!user) throw new AppError('unauthenticated', 'Meld u aan om verder te gaan');
  if (!can(user, access.resource, access.action)) throw new AppError('forbidden', 'Uw rol mag dit niet');
}
