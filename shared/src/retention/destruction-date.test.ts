import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestDay } from '../dates/partial-date.ts';
import { computeDestructionDate, isRetentionPassed } from './destruction-date.ts';

const destroy = (years: number) => ({ action: 'destroy' as const, years });

describe('destruction date (Archiefwet retention)', () => {
  it('counts from the latest day a partial end can be', () => {
    expect(computeDestructionDate('2019', destroy(7))).toEqual({ kind: 'date', day: '2026-12-31' });
    expect(computeDestructionDate('2025-02', destroy(3))).toEqual({ kind: 'date', day: '2028-02-29' });
    expect(computeDestructionDate('2023-06-15', destroy(10))).toEqual({ kind: 'date', day: '2033-06-15' });
  });
  it('keeps month ends at month ends and never moves 29 February earlier', () => {
    expect(computeDestructionDate('2024-02-29', destroy(1))).toEqual({ kind: 'date', day: '2025-02-28' });
    expect(computeDestructionDate('2025-02-28', destroy(3))).toEqual({ kind: 'date', day: '2028-02-29' });
    expect(computeDestructionDate('2024-04-30', destroy(2))).toEqual({ kind: 'date', day: '2026-04-30' });
  });
  it('has no date, and says why, when the end is unknown, the rule keeps, or there is no rule', () => {
    expect(computeDestructionDate(null, destroy(7))).toEqual({ kind: 'none', reason: 'end_unknown' });
    expect(computeDestructionDate('2019', { action: 'keep' })).toEqual({ kind: 'none', reason: 'keep_permanently' });
    expect(computeDestructionDate('2019', null)).toEqual({ kind: 'none', reason: 'no_rule' });
    expect(isRetentionPassed({ kind: 'none', reason: 'end_unknown' }, '9999-12-31')).toBe(false);
  });
  it('is never before the latest possible end plus the years, and a real calendar day', () => {
    const end = fc.oneof(
      fc.integer({ min: 1990, max: 2060 }).map(String),
      fc.record({ y: fc.integer({ min: 1990, max: 2060 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`),
      fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
    fc.assert(
      fc.property(end, fc.integer({ min: 0, max: 120 }), (e, years) => {
        const r = computeDestructionDate(e, destroy(years));
        if (r.kind !== 'date') throw new Error('expected a date');
        const last = latestDay(e);
        const earliestAllowed = `${Number(last.slice(0, 4)) + years}${last.slice(4)}`;
        expect(r.day >= earliestAllowed || (last.slice(5) === '02-29' && r.day === `${Number(last.slice(0, 4)) + years}-02-28`)).toBe(true);
        expect(new Date(`${r.day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(r.day);
      }),
    );
  });
});
