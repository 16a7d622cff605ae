import { ROLES, type Role } from './enums.ts';

/** One line of OIDC_ROLE_MAP: a claim value, the role it gives, and optionally the collaborations it is limited to. */
export interface RoleMapEntry {
  claimValue: string;
  role: Role;
  /** Collaboration codes; null = all. */
  scope: string[] | null;
}

/** Strongest first: when several claim values map, the strongest role wins. */
const STRENGTH: Record<Role, number> = { admin: 4, legal: 3, manager: 2, viewer: 1 };

/**
 * Reads OIDC_ROLE_MAP: entries separated by commas or semicolons, each
 * `claim-value=role` or `claim-value=role:SCOPE` (several collaborations with
 * `+`: `legal:RTR+IVZ`), e.g. `akkoord-admins=admin,akkoord-rtr-legal=legal:RTR`.
 * Returns the entries, or the problem with the first entry that is not one.
 */
export function parseRoleMap(text: string): { entries: RoleMapEntry[] } | { problem: string } {
  const entries: RoleMapEntry[] = [];
  for (const raw of text.split(/[,;]/)) {
    const item = raw.trim();
    if (!item) continue;
    const eq = item.lastIndexOf('=');
    if (eq <= 0) return { problem: `"${item}" is geen waarde=rol` };
    const claimValue = item.slice(0, eq).trim();
    const [roleText = '', scopeText] = item
      .slice(eq + 1)
      .trim()
      .split(':');
    if (!(ROLES as readonly string[]).includes(roleText)) return { problem: `"${item}": onbekende rol "${roleText}" (${ROLES.join(', ')})` };
    let scope: string[] | null = null;
    if (scopeText !== undefined) {
      scope = scopeText
        .split('+')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean);
      if (!scope.length || scope.some((c) => !/^[A-Z0-9_-]{1,20}$/.test(c))) return { problem: `"${item}": ongeldige samenwerkingsverbanden "${scopeText}"` };
    }
    entries.push({ claimValue, role: roleText as Role, scope });
  }
  return { entries };
}

/**
 * The role and scope a person gets from their claim values, or null when none
 * maps (no access: waiting for approval). The strongest mapped role wins; its
 * scope is the union of that role's entries, and all collaborations when one
 * of them has no scope.
 */
export function roleFromClaims(values: readonly string[], entries: readonly RoleMapEntry[]): { role: Role; scope: string[] | null } | null {
  const matched = entries.filter((e) => values.includes(e.claimValue));
  if (!matched.length) return null;
  const role = matched.reduce((best, e) => (STRENGTH[e.role] > STRENGTH[best] ? e.role : best), matched[0]!.role);
  const forRole = matched.filter((e) => e.role === role);
  if (forRole.some((e) => e.scope === null)) return { role, scope: null };
  return { role, scope: [...new Set(forRole.flatMap((e) => e.scope!))].sort() };
}

/** A claim's values as a list: a string (one value, or several separated by spaces) or an array of strings. */
export function claimValues(claim: unknown): string[] {
  if (typeof claim === 'string') return claim.split(/\s+/).filter(Boolean);
  if (Array.isArray(claim)) return claim.filter((v): v is string => typeof v === 'string');
  return [];
}
