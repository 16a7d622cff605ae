import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuroInput, parseEuroInput } from './euro-input.ts';

describe('euro amounts as people type them', () => {
  it('reads Dutch and plain notations into whole cents', () => {
    expect(parseEuroInput('837000')).toBe(83_700_000);
    expect(parseEuroInput('€ 837.000')).toBe(83_700_000);
    expect(parseEuroInput('€ 837.000,50')).toBe(83_700_050);
    expect(parseEuroInput('1250,5')).toBe(125_050);
    expect(parseEuroInput('12.50')).toBe(1250);
    expect(parseEuroInput('EUR 290 000')).toBe(29_000_000);
    expect(parseEuroInput('290,000.25')).toBe(29_000_025);
    expect(parseEuroInput('  ')).toBeNull();
  });
  it('refuses what is not an amount instead of guessing', () => {
    for (const bad of ['abc', '-5', '1,234,5', '12.345,678', '1e5', '0x10', '1.2.3', '9999999999999999']) expect(parseEuroInput(bad), bad).toBeNaN();
  });
  it('reads back exactly what it shows, for every amount in cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (cents) => {
        expect(parseEuroInput(formatEuroInput(cents))).toBe(cents);
      }),
    );
  });
});
