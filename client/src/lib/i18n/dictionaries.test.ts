import { describe, expect, it } from 'vitest';
import { nl } from './nl.ts';
import { en } from './en.ts';
import fc from 'fast-check';
import { createTranslate, NUMBER_LOCALE, numberFormatter, pluralIsOne } from './translate.ts';

const placeholders = (m: string | { one: string; other: string }) =>
  [...new Set([...(typeof m === 'string' ? m : `${m.one} ${m.other}`).matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();

describe('dictionaries', () => {
  it('English has exactly the Dutch keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('each English text uses the same placeholders as the Dutch one', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('no text is empty', () => {
    for (const [key, value] of Object.entries(en)) expect(typeof value === 'string' ? value.trim() : value.other.trim(), key).not.toBe('');
  });
});

describe('translate', () => {
  it('fills placeholders and formats numbers for the language', () => {
    expect(createTranslate('nl')('register.total', { count: 100000 })).toBe('100.000 overeenkomsten');
    expect(createTranslate('en', en)('register.total', { count: 100000 })).toBe('100,000 agreements');
  });

  it('picks the plural form', () => {
    expect(createTranslate('nl')('register.total', { count: 1 })).toBe('1 overeenkomst');
    expect(createTranslate('en', en)('period.month', { count: 3 })).toBe('3 months');
  });
});

describe('numbers and plurals without Intl', () => {
  it('formats every whole number exactly as Intl does, in Dutch and English', () => {
    for (const lang of ['nl', 'en'] as const) {
      const intl = new Intl.NumberFormat(NUMBER_LOCALE[lang]);
      const format = numberFormatter(lang);
      fc.assert(
        fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -10_000, max: 10_000 }), fc.double()), (n) => {
          expect(format(n)).toBe(intl.format(n));
        }),
        { numRuns: 500 },
      );
      for (const n of [0, -0, 999, 1000, -1000, 123456789, Number.MAX_SAFE_INTEGER, 1.5, NaN, Infinity]) expect(format(n), `${lang} ${n}`).toBe(intl.format(n));
    }
  });

  it('chooses "one" exactly where Intl.PluralRules does for Dutch and English', () => {
    for (const lang of ['nl', 'en'] as const) {
      const rules = new Intl.PluralRules(NUMBER_LOCALE[lang]);
      fc.assert(
        fc.property(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer(), fc.double({ noNaN: true })), (n) => {
          expect(pluralIsOne(n)).toBe(rules.select(n) === 'one');
        }),
        { numRuns: 500 },
      );
    }
  });
});
