import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numberOfWord, readNumberPhrase, wordOfNumber } from './number-words.ts';

describe('Dutch number words', () => {
  it('reads back every number it writes (0–99)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99 }), (n) => numberOfWord(wordOfNumber(n)) === n));
  });

  it('reads the words contracts use, with or without accents', () => {
    expect(numberOfWord('één')).toBe(1);
    expect(numberOfWord('Twaalf')).toBe(12);
    expect(numberOfWord('vierentwintig')).toBe(24);
    expect(numberOfWord('tweeëntwintig')).toBe(22);
    expect(numberOfWord('zesendertig')).toBe(36);
    expect(numberOfWord('maanden')).toBeNull();
  });

  it('reads "3 (drie)" and "drie (3)", and refuses a phrase whose parts disagree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.boolean(), (n, digitsFirst) => {
        const [a, b] = digitsFirst ? [String(n), wordOfNumber(n)] : [wordOfNumber(n), String(n)];
        return readNumberPhrase(a, b) === n && readNumberPhrase(String(n), wordOfNumber((n % 99) + 1)) === null;
      }),
    );
  });
});
