import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonFieldFingerprints } from './alert-store.repo.ts';

// Stored fingerprints (alert_marks) hash an explanation's JSON text; the store streams the same characters from the
// value without building the text. Both must give the same fingerprint for every value, or every mark would differ.
const tricky = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\u2028', '‘', 'é', '\ud83d', '\ude00', '\ud83d\ude00', 'a') }),
);
const value = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.double(),
    fc.integer(),
    fc.constantFrom(0, -0, 1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(tie('json'), fc.constant(undefined))),
    fc.dictionary(fc.oneof(tricky, fc.constantFrom('0', '1', '10', '-1', '01', '__proto__')), fc.oneof(tie('json'), fc.constant(undefined))),
  ),
})).json;

describe('alert fingerprints of explanations', () => {
  it('are the same streamed from the value as hashed from its JSON text', () => {
    fc.assert(
      fc.property(value, (v) => {
        const { viaText, streamed } = jsonFieldFingerprints(v);
        expect(streamed).toBe(viaText);
      }),
      { numRuns: 2000 },
    );
  });

  it('take values JSON.stringify treats specially by their text', () => {
    const special = [
      [{ kind: 'message', at: new Date('2026-11-29T00:00:00Z'), nl: 'x' }],
      [{ toJSON: () => ({ replaced: true }) }],
      [Object.assign(Object.create({ inherited: 1 }) as object, { own: 2 })],
      [{ f: () => 1, s: Symbol('s'), u: undefined, n: null }],
      [new Map([[1, 2]]), [() => 1, undefined]],
    ];
    for (const v of special) {
      const { viaText, streamed } = jsonFieldFingerprints(v);
      expect(streamed).toBe(viaText);
    }
  });
});
