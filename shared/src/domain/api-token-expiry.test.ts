import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromEpochDay, toEpochDay } from '../dates/calendar-day.ts';
import { apiTokenExpiryProblem, isApiTokenExpired, latestApiTokenExpiry } from './api-token-expiry.ts';

const day = fc.integer({ min: toEpochDay('2000-01-01'), max: toEpochDay('2099-12-31') }).map(fromEpochDay);

describe('API token expiry', () => {
  it('allows tomorrow up to one year from today, nothing before or after', () => {
    expect(apiTokenExpiryProblem('2026-12-08', '2026-12-07')).toBeNull();
    expect(apiTokenExpiryProblem('2027-12-07', '2026-12-07')).toBeNull();
    expect(apiTokenExpiryProblem('2027-12-08', '2026-12-07')).toBe('beyond_one_year');
    expect(apiTokenExpiryProblem('2026-12-07', '2026-12-07')).toBe('not_after_today');
    expect(latestApiTokenExpiry('2028-02-29')).toBe('2029-02-28');
  });

  it('accepts exactly the days after today up to the latest, and the latest is at most 366 days away', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 800 }), (today, offset) => {
        const expiresOn = addDays(today, offset);
        const latest = latestApiTokenExpiry(today);
        expect(toEpochDay(latest) - toEpochDay(today)).toBeLessThanOrEqual(366);
        expect(toEpochDay(latest) - toEpochDay(today)).toBeGreaterThanOrEqual(365);
        expect(apiTokenExpiryProblem(expiresOn, today) === null).toBe(offset > 0 && expiresOn <= latest);
      }),
    );
  });

  it('a token works through its last day and stops the day after', () => {
    fc.assert(
      fc.property(day, (lastDay) => {
        expect(isApiTokenExpired(lastDay, lastDay)).toBe(false);
        expect(isApiTokenExpired(lastDay, addDays(lastDay, 1))).toBe(true);
        expect(isApiTokenExpired(lastDay, addDays(lastDay, -1))).toBe(false);
      }),
    );
  });
});
