import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from './today.ts';

const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const viaIntl = (d: Date) => amsterdam.format(d);

describe('todayInAmsterdam', () => {
  it('is the calendar day Intl gives for Europe/Amsterdam, at any instant from 1996 to 2099', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1996-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        expect(todayInAmsterdam(d)).toBe(viaIntl(d));
      }),
      { numRuns: 2000 },
    );
  });

  it('turns the day at local midnight around both summer-time changes and the new year', () => {
    for (const iso of [
      '2026-03-28T22:59:59Z', // Saturday 23:59:59 CET
      '2026-03-28T23:00:00Z', // Sunday 00:00 CET: the day summer time starts (at 01:00 UTC)
      '2026-03-29T00:59:59Z',
      '2026-03-29T01:00:00Z',
      '2026-03-29T21:59:59Z', // Sunday 23:59:59 CEST
      '2026-03-29T22:00:00Z', // Monday 00:00 CEST
      '2026-10-24T21:59:59Z',
      '2026-10-24T22:00:00Z', // Sunday 00:00 CEST: the day summer time ends
      '2026-10-25T00:59:59Z',
      '2026-10-25T01:00:00Z',
      '2026-10-25T22:59:59Z',
      '2026-10-25T23:00:00Z', // Monday 00:00 CET
      '2026-12-31T22:59:59Z',
      '2026-12-31T23:00:00Z', // new year in Amsterdam, still the old one in UTC
      '2028-02-28T23:00:00Z', // leap day
    ]) {
      const d = new Date(iso);
      expect(todayInAmsterdam(d), iso).toBe(viaIntl(d));
    }
  });
});
