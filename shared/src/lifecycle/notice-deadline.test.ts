import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addPeriod } from '../dates/calendar-day.ts';
import { computeEndAfterNotice, computeNoticeDeadline } from './notice-deadline.ts';
import { dayArb, periodArb } from './lifecycle-arbitraries.ts';

describe('notice deadline', () => {
  it.each([
    ['2026-12-31', { value: 3, unit: 'month' }, '2026-09-30'],
    ['2026-06-30', { value: 3, unit: 'month' }, '2026-03-31'],
    ['2026-05-30', { value: 3, unit: 'month' }, '2026-02-28'],
    ['2024-03-31', { value: 1, unit: 'month' }, '2024-02-29'],
    ['2026-12-31', { value: 30, unit: 'day' }, '2026-12-01'],
    ['2026-12-31', { value: 6, unit: 'week' }, '2026-11-19'],
    ['2026-12-31', { value: 1, unit: 'year' }, '2025-12-31'],
  ] as const)('end %s with notice %o → %s', (end, period, deadline) => {
    expect(computeNoticeDeadline(end, period)).toBe(deadline);
  });

  it('is the last day on which notice still fits before the end', () => {
    fc.assert(
      fc.property(dayArb(), periodArb, (end, period) => {
        const deadline = computeNoticeDeadline(end, period);
        return deadline < end && addPeriod(deadline, period) <= end && addPeriod(addDays(deadline, 1), period) > end;
      }),
      { numRuns: 3000 },
    );
  });

  it('ends an indefinite agreement one notice period after notice is given', () => {
    expect(computeEndAfterNotice('2026-03-15', { value: 6, unit: 'month' })).toBe('2026-09-15');
  });
});
