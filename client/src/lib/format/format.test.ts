import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatPartialDateShort, todayInAmsterdam } from './dates.ts';
import { formatEuros, formatNumber } from './numbers.ts';

describe('partial dates keep their precision', () => {
  it('shows a year as the year', () => {
    expect(formatPartialDate('2019', 'nl')).toBe('2019');
    expect(formatPartialDate('2019', 'en')).toBe('2019');
  });
  it('shows a month without inventing a day', () => {
    expect(formatPartialDate('2023-03', 'nl')).toBe('maart 2023');
    expect(formatPartialDate('2023-03', 'en')).toBe('March 2023');
  });
  it('shows a day in full', () => {
    expect(formatPartialDate('2026-09-30', 'nl')).toBe('30 september 2026');
    expect(formatPartialDateShort('2026-09-30', 'nl')).toBe('30 sep. 2026');
  });
  it('leaves unknown to the caller', () => {
    expect(formatPartialDate(null, 'nl')).toBeNull();
  });
  it('takes today in Europe/Amsterdam, not UTC', () => {
    expect(todayInAmsterdam(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('euros', () => {
  it('formats whole euros the Dutch way', () => {
    expect(formatEuros(83_700_000, 'nl')).toBe('€\u00a0837.000');
    expect(formatEuros(38, 'nl')).toBe('€\u00a00,38');
    expect(formatEuros(null, 'nl')).toBeNull();
  });
});

describe('numbers', () => {
  it('formats whole numbers and fractions as Intl does, in Dutch and English', () => {
    for (const [lang, locale] of [
      ['nl', 'nl-NL'],
      ['en', 'en-GB'],
    ] as const) {
      for (const value of [0, 7, 1234, -98_765, 100_000, 1.33, 2.5, 0.125, -0]) {
        expect(formatNumber(value, lang, 2), `${lang} ${value}`).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value));
      }
      expect(formatNumber(1.25, lang, 1)).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(1.25));
    }
    expect(formatNumber(1234, 'nl')).toBe('1.234');
    expect(formatNumber(null, 'nl')).toBeNull();
  });
});
