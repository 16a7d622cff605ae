import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addPeriod } from './calendar-day.ts';
import { mapSpan, precisionRank, spanOf, toPartialDate } from './date-span.ts';
import type { Period } from '../schemas/agreement.ts';

const partialArb = fc.oneof(
  fc.integer({ min: 1990, max: 2100 }).map(String),
  fc.record({ y: fc.integer({ min: 1990, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .record({ y: fc.integer({ min: 1990, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const periodArb: fc.Arbitrary<Period> = fc.record({ value: fc.integer({ min: 1, max: 48 }), unit: fc.constantFrom('day', 'week', 'month', 'year') });

describe('date spans', () => {
  it('keeps what is known and nothing more', () => {
    expect(toPartialDate(spanOf('2019'))).toBe('2019');
    expect(toPartialDate(mapSpan(spanOf('2019-01'), (d) => addPeriod(d, { value: 1, unit: 'month' })))).toBe('2019-02');
    expect(toPartialDate(mapSpan(spanOf('2019-01'), (d) => addPeriod(d, { value: 10, unit: 'day' })))).toBe('2019');
    expect(toPartialDate(mapSpan(spanOf('2019'), (d) => addPeriod(d, { value: 3, unit: 'month' })))).toBeNull();
    expect(toPartialDate(mapSpan(spanOf('2019'), (d) => addPeriod(d, { value: 1, unit: 'year' })))).toBe('2020');
  });
  it('never increases precision through arithmetic', () => {
    fc.assert(
      fc.property(partialArb, periodArb, fc.integer({ min: -3, max: 3 }), (value, period, times) => {
        const result = toPartialDate(mapSpan(spanOf(value), (d) => addPeriod(d, period, times)));
        return precisionRank(result) <= precisionRank(value);
      }),
    );
  });
});
