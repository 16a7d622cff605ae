import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from './enums.ts';
import { claimValues, parseRoleMap, roleFromClaims, type RoleMapEntry } from './sso-role-map.ts';

const entries = (text: string) => {
  const parsed = parseRoleMap(text);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed.entries;
};

describe('OIDC role map', () => {
  it('reads roles with and without a collaboration scope', () => {
    expect(entries('akkoord-admins=admin, akkoord-rtr-legal=legal:RTR;kmt=viewer:kmt+ivz')).toEqual([
      { claimValue: 'akkoord-admins', role: 'admin', scope: null },
      { claimValue: 'akkoord-rtr-legal', role: 'legal', scope: ['RTR'] },
      { claimValue: 'kmt', role: 'viewer', scope: ['KMT', 'IVZ'] },
    ]);
    expect(entries('')).toEqual([]);
  });

  it('names the entry that is not one', () => {
    expect(parseRoleMap('a=admin,b=boss')).toEqual({ problem: expect.stringContaining('"b=boss"') });
    expect(parseRoleMap('zonder-rol')).toEqual({ problem: expect.stringContaining('zonder-rol') });
    expect(parseRoleMap('a=legal:')).toEqual({ problem: expect.stringContaining('a=legal:') });
  });

  it('gives the strongest mapped role, the union of its scopes, and nothing when no value maps', () => {
    const map = entries('a=viewer,b=legal:RTR,c=legal:IVZ,d=manager');
    expect(roleFromClaims(['a', 'b', 'c'], map)).toEqual({ role: 'legal', scope: ['IVZ', 'RTR'] });
    expect(roleFromClaims(['a', 'd'], map)).toEqual({ role: 'manager', scope: null });
    expect(roleFromClaims(['x'], map)).toBeNull();
    expect(roleFromClaims([], map)).toBeNull();
  });

  it('never gives a role that no matched entry names, and is null exactly when nothing matches', () => {
    const entry = fc.record({ claimValue: fc.constantFrom('a', 'b', 'c', 'd'), role: fc.constantFrom(...ROLES), scope: fc.option(fc.constant<string[]>(['RTR']), { nil: null }) });
    fc.assert(
      fc.property(fc.array(entry), fc.subarray(['a', 'b', 'c', 'd', 'e']), (map: RoleMapEntry[], values) => {
        const result = roleFromClaims(values, map);
        const matched = map.filter((e) => values.includes(e.claimValue));
        expect(result === null).toBe(matched.length === 0);
        if (result) expect(matched.map((e) => e.role)).toContain(result.role);
      }),
    );
  });

  it('reads a claim as a list', () => {
    expect(claimValues(['a', 1, 'b'])).toEqual(['a', 'b']);
    expect(claimValues('a b')).toEqual(['a', 'b']);
    expect(claimValues(undefined)).toEqual([]);
  });
});
