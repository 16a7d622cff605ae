import type { Permissions } from '@akkoord/shared/schemas/common';
import { can, listPolicies } from './authorize.ts';
import type { CurrentUser } from './context.ts';

/**
 * What the user may do with one object of a resource: every action of the
 * resource's policy, each true only when the role allows it AND the object's
 * state does (`when`, e.g. `{ update: !archived, restore: archived }`).
 * The client uses this to show or hide buttons; the server still enforces.
 */
export function permissionsFor(user: CurrentUser | null, resource: string, when: Partial<Record<string, boolean>> = {}): Permissions {
  const out: Permissions = {};
  for (const action of Object.keys(listPolicies().get(resource) ?? {})) {
    out[action] = can(user, resource, action) && when[action] !== false;
  }
  return out;
}

/** Adds `permissions` to a presented object (the optional field of the shared response schemas). */
export function withPermissions<T extends object>(
  body: T,
  user: CurrentUser | null,
  resource: string,
  when: Partial<Record<string, boolean>> = {},
): T & { permissions: Permissions } {
  return { ...body, permissions: permissionsFor(user, resource, when) };
}

/** The role's permissions for every resource with a policy (the session's `permissions` map). */
export function allPermissions(user: CurrentUser | null): Record<string, Permissions> {
  const out: Record<string, Permissions> = {};
  for (const resource of [...listPolicies().keys()].sort()) out[resource] = permissionsFor(user, resource);
  return out;
}
