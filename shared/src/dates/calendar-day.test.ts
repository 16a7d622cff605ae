import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, addPeriod, daysBetween, fromEpochDay, lastDayOfPeriod, toEpochDay } from './calendar-day.ts';

const dayArb = fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2199-12-31') }).map(fromEpochDay);

describe('calendar days', () => {
  it('clamps month arithmetic to the end of the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
  it('never lets a DST change shift a day (Europe/Amsterdam switches on 29-03-2026 and 25-10-2026)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
  });
  it('adds days, weeks, months and years', () => {
    expect(addPeriod('2026-12-31', { value: 6, unit: 'week' })).toBe('2027-02-11');
    expect(addPeriod('2026-12-31', { value: 30, unit: 'day' }, -1)).toBe('2026-12-01');
    expect(addPeriod('2024-02-29', { value: 1, unit: 'year' })).toBe('2025-02-28');
  });
  it('ends a period on the day before the same day, or on the month end when that day is missing', () => {
    expect(lastDayOfPeriod('2024-01-01', { value: 36, unit: 'month' })).toBe('2026-12-31');
    expect(lastDayOfPeriod('2025-01-31', { value: 1, unit: 'month' })).toBe('2025-02-28');
    expect(lastDayOfPeriod('2024-01-31', { value: 1, unit: 'month' })).toBe('2024-02-29');
    expect(lastDayOfPeriod('2025-03-01', { value: 1, unit: 'month' })).toBe('2025-03-31');
    expect(lastDayOfPeriod('2026-01-01', { value: 2, unit: 'week' })).toBe('2026-01-14');
  });
  it('round-trips every day through its epoch number', () => {
    fc.assert(fc.property(dayArb, (day) => fromEpochDay(toEpochDay(day)) === day));
    fc.assert(fc.property(dayArb, fc.integer({ min: -5000, max: 5000 }), (day, n) => addDays(addDays(day, n), -n) === day));
  });
  it('keeps month addition monotone', () => {
    fc.assert(
      fc.property(dayArb, dayArb, fc.integer({ min: 0, max: 120 }), (a, b, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return addMonths(lo, n) <= addMonths(hi, n);
      }),
    );
  });
});
