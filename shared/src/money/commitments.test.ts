import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VALUE_BASES } from '../domain/enums.ts';
import { commitmentsPerYear, shareOfYear, splitCents, type CommitmentAgreement } from './commitments.ts';

const ZVHT_BUDGET = 83_700_000;

const agreement = (over: Partial<CommitmentAgreement>): CommitmentAgreement => ({
  id: 1,
  title: 'A',
  startDate: '2024-01-01',
  endDate: '2027-12-31',
  termKind: 'fixed',
  amountCents: 100_00,
  basis: 'per_year',
  ...over,
});

const partialDate = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 2015, max: 2032 }).map(String),
  fc.record({ y: fc.integer({ min: 2015, max: 2032 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .record({ y: fc.integer({ min: 2015, max: 2032 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const arbAgreement = fc.record({
  id: fc.integer({ min: 1, max: 1000 }),
  title: fc.string({ maxLength: 5 }),
  startDate: partialDate,
  endDate: partialDate,
  termKind: fc.constantFrom('fixed' as const, 'indefinite' as const, null),
  amountCents: fc.option(fc.integer({ min: 0, max: 10_000_000_000 }), { nil: null }),
  basis: fc.option(fc.constantFrom(...VALUE_BASES), { nil: null }),
});
const years = [2024, 2025, 2026, 2027, 2028];

describe('commitments per year', () => {
  it('compares ZVHT: two yearly agreements of € 500,000 and € 400,000 exceed the € 837,000 budget by € 63,000', () => {
    const [y2026] = commitmentsPerYear(
      [agreement({ id: 1, amountCents: 50_000_000 }), agreement({ id: 2, amountCents: 40_000_000 }), agreement({ id: 3, amountCents: null })],
      [2026],
      ZVHT_BUDGET,
    );
    expect(y2026).toMatchObject({ year: 2026, knownCents: 90_000_000, comparison: 'over_budget', differenceCents: 6_300_000 });
    expect(y2026!.unknown).toEqual([{ id: 3, title: 'A', reason: 'amount_unknown' }]);
  });

  it('shows a gap when the known commitments stay under the budget, and lists what could still close it', () => {
    const [y] = commitmentsPerYear([agreement({ amountCents: 80_000_000 }), agreement({ id: 2, basis: null })], [2025], ZVHT_BUDGET);
    expect(y).toMatchObject({ knownCents: 80_000_000, comparison: 'under_budget', differenceCents: -3_700_000 });
    expect(y!.unknown.map((u) => u.reason)).toEqual(['basis_unknown']);
  });

  it('counts a one-off amount in its start year only and spreads a total over the calendar years of the term', () => {
    const once = agreement({ basis: 'once', startDate: '2025-03' });
    expect(years.map((y) => shareOfYear(once, y).kind)).toEqual(['none', 'cents', 'none', 'none', 'none']);
    const total = agreement({ basis: 'total', amountCents: 100, startDate: '2024', endDate: '2026-06-30' });
    expect(years.map((y) => shareOfYear(total, y))).toEqual([
      { kind: 'cents', cents: 34 },
      { kind: 'cents', cents: 33 },
      { kind: 'cents', cents: 33 },
      { kind: 'none' },
      { kind: 'none' },
    ]);
    expect(shareOfYear(agreement({ basis: 'total', termKind: 'indefinite', endDate: null }), 2025)).toEqual({ kind: 'unknown', reason: 'dates_unknown' });
  });

  it('never excludes an agreement whose dates are unknown: it is listed as unknown in every year', () => {
    const noDates = agreement({ startDate: null, endDate: null, termKind: null });
    const result = commitmentsPerYear([noDates], years, ZVHT_BUDGET);
    expect(result.every((y) => y.knownCents === 0 && y.unknown.length === 1 && y.unknown[0]!.reason === 'dates_unknown')).toBe(true);
  });

  it('splits cents exactly: the parts add up to the total and differ by at most one cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), fc.integer({ min: 1, max: 100 }), (total, parts) => {
        const split = splitCents(total, parts);
        expect(split.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
        expect(split.every(Number.isInteger)).toBe(true);
      }),
    );
  });

  it('sums exactly what is known and puts every agreement that may fall in a year in the sum or in the unknown list, never both', () => {
    fc.assert(
      fc.property(fc.array(arbAgreement, { maxLength: 12 }), fc.option(fc.integer({ min: 0, max: 10_000_000_000 }), { nil: null }), (list, budget) => {
        const withIds = list.map((a, i) => ({ ...a, id: i + 1 }));
        for (const y of commitmentsPerYear(withIds, years, budget)) {
          expect(y.knownCents).toBe(y.counted.reduce((s, c) => s + c.cents, 0));
          expect(Number.isSafeInteger(y.knownCents)).toBe(true);
          const countedIds = new Set(y.counted.map((c) => c.id));
          for (const u of y.unknown) expect(countedIds.has(u.id)).toBe(false);
          for (const a of withIds.filter((a) => a.amountCents === null)) expect(countedIds.has(a.id)).toBe(false);
          if (budget === null) expect(y.comparison).toBe('no_budget');
          else expect(y.differenceCents).toBe(y.knownCents - budget);
        }
      }),
    );
  });

  it('an excess is certain: learning an unknown amount never lowers a year’s known sum', () => {
    fc.assert(
      fc.property(fc.array(arbAgreement, { maxLength: 8 }), fc.integer({ min: 0, max: 10_000_000_000 }), (list, learned) => {
        const withIds = list.map((a, i) => ({ ...a, id: i + 1 }));
        const before = commitmentsPerYear(withIds, years, 0);
        const after = commitmentsPerYear(
          withIds.map((a) => (a.amountCents === null ? { ...a, amountCents: learned } : a)),
          years,
          0,
        );
        before.forEach((y, i) => expect(after[i]!.knownCents).toBeGreaterThanOrEqual(y.knownCents));
      }),
    );
  });
});
