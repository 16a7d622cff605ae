import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLEARED_FIELDS, REDACTED_SNAPSHOT_KEYS, redactSnapshot } from './destruction-redaction.ts';

/** Every value of `key` anywhere in a JSON tree. */
function valuesOf(tree: unknown, key: string): unknown[] {
  if (Array.isArray(tree)) return tree.flatMap((v) => valuesOf(v, key));
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => (k === key ? [v, ...valuesOf(v, key)] : valuesOf(v, key)));
}

const keyArb = fc.constantFrom('ownerName', 'notes', 'note', 'signatoryName', 'quote', 'title', 'agreementId', 'parties', 'role');
const jsonArb = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.constant(null), fc.boolean(), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.dictionary(keyArb, tie('value'), { maxKeys: 4 }),
})).value;

describe('redacting an audit snapshot at destruction', () => {
  it('names the same fields in the record as it redacts', () => {
    expect(CLEARED_FIELDS).toContain('parties.signatoryName');
    expect([...REDACTED_SNAPSHOT_KEYS]).toEqual(
      expect.arrayContaining(['ownerName', 'ownerEmail', 'deputyEmail', 'notes', 'note', 'signatoryName', 'signatoryTitle', 'signatoryMandate', 'quote']),
    );
  });

  it('nulls personal fields at any depth and keeps the rest', () => {
    const before = {
      id: 3,
      title: 'Convenant',
      ownerName: 'A. de Vries',
      parties: [{ organisationName: 'Gemeente Enschede', signatoryName: 'B. Jansen' }],
      relations: [{ note: 'zie brief' }],
    };
    expect(redactSnapshot(before)).toEqual({
      value: { id: 3, title: 'Convenant', ownerName: null, parties: [{ organisationName: 'Gemeente Enschede', signatoryName: null }], relations: [{ note: null }] },
      changed: true,
    });
    expect(redactSnapshot({ agreementId: 1, archivedAt: null })).toEqual({ value: { agreementId: 1, archivedAt: null }, changed: false });
    expect(redactSnapshot(null)).toEqual({ value: null, changed: false });
  });

  it('leaves no value under a redacted key, is idempotent and keeps the shape', () => {
    fc.assert(
      fc.property(jsonArb, (tree) => {
        const { value } = redactSnapshot(tree);
        for (const key of REDACTED_SNAPSHOT_KEYS) expect(valuesOf(value, key).every((v) => v === null)).toBe(true);
        expect(redactSnapshot(value)).toEqual({ value, changed: false });
        const hasPersonalKey = [...REDACTED_SNAPSHOT_KEYS].some((key) => valuesOf(tree, key).length > 0);
        if (!hasPersonalKey) expect(value).toEqual(tree);
      }),
    );
  });
});
