import { describe, expect, it } from 'vitest';
import { nl } from './nl.ts';
import { en } from './en.ts';
import { createTranslate } from './translate.ts';

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
