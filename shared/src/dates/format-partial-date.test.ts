import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayRange, formatPartialDate } from './format-partial-date.ts';

const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('formatPartialDate', () => {
  it('writes English one way in e-mails, feeds and on pages: day, month name, year', () => {
    expect(formatPartialDate('2026-09-30', 'en')).toBe('30 September 2026');
    expect(formatPartialDate('2026-09-30', 'en', 'long')).toBe('30 September 2026');
    expect(formatPartialDate('2026-09-30', 'en', 'short')).toBe('30 Sep 2026');
    fc.assert(fc.property(day, (d) => formatPartialDate(d, 'en', 'sentence') === formatPartialDate(d, 'en', 'long')));
  });

  it('writes Dutch numerically in sentences and with the month name on pages and in tables', () => {
    expect(formatPartialDate('2026-03-05', 'nl')).toBe('05-03-2026');
    expect(formatPartialDate('2026-03-05', 'nl', 'long')).toBe('5 maart 2026');
    expect(formatPartialDate('2026-03-05', 'nl', 'short')).toBe('5 mrt. 2026');
  });

  it('never writes a date more precisely than it is known', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('nl' as const, 'en' as const), fc.constantFrom('sentence' as const, 'long' as const, 'short' as const), (d, locale, width) => {
        expect(formatPartialDate(d.slice(0, 4), locale, width)).toBe(d.slice(0, 4));
        const month = formatPartialDate(d.slice(0, 7), locale, width);
        expect(month).toMatch(new RegExp(`^[^\\d]+ ${d.slice(0, 4)}$`));
      }),
    );
    expect(formatPartialDate(null, 'nl')).toBe('onbekend');
    expect(formatPartialDate(null, 'en')).toBe('unknown');
  });

  it('writes a range of possible days in the same form', () => {
    expect(formatDayRange('2025-10-01', '2026-09-30', 'en')).toBe('between 1 October 2025 and 30 September 2026');
    expect(formatDayRange('2025-10-01', '2026-09-30', 'nl')).toBe('tussen 01-10-2025 en 30-09-2026');
  });
});
