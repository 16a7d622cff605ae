import fc from 'fast-check';
import { fromEpochDay, toEpochDay } from '../dates/calendar-day.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import type { Period } from '../schemas/agreement.ts';
import type { LifecycleInput } from './lifecycle-types.ts';

/** fast-check generators for lifecycle property tests. */
export const dayArb = (from = '2000-01-01', to = '2060-12-31') => fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map(fromEpochDay);

/** A day reduced to a random precision ("2019", "2019-05" or "2019-05-03"). */
export const partialDateArb = (from?: string, to?: string): fc.Arbitrary<PartialDate> =>
  fc.tuple(dayArb(from, to), fc.constantFrom(4, 7, 10, 10)).map(([day, length]) => day.slice(0, length));

export const periodArb: fc.Arbitrary<Period> = fc.oneof(
  fc.record({ value: fc.integer({ min: 1, max: 120 }), unit: fc.constant('day' as const) }),
  fc.record({ value: fc.integer({ min: 1, max: 26 }), unit: fc.constant('week' as const) }),
  fc.record({ value: fc.integer({ min: 1, max: 36 }), unit: fc.constant('month' as const) }),
  fc.record({ value: fc.integer({ min: 1, max: 5 }), unit: fc.constant('year' as const) }),
);

/** Any combination of stored lifecycle facts, including unknowns and partial dates. */
export const lifecycleInputArb: fc.Arbitrary<LifecycleInput> = fc
  .record({
    startDate: fc.option(partialDateArb('2000-01-01', '2030-12-31'), { nil: null, freq: 8 }),
    endOffsetDays: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
    endPrecision: fc.constantFrom(4, 7, 10, 10),
    termKind: fc.constantFrom('fixed' as const, 'indefinite' as const, null),
    initialTermMonths: fc.option(fc.integer({ min: 1, max: 72 }), { nil: null }),
    noticePeriod: fc.option(periodArb, { nil: null, freq: 6 }),
    tacitRenewal: fc.constantFrom(true, true, false, null),
    renewalPeriod: fc.option(periodArb, { nil: null, freq: 6 }),
    maxRenewals: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    reviewDate: fc.option(partialDateArb('2000-01-01', '2040-12-31'), { nil: null }),
    workflowState: fc.constantFrom('active' as const, 'active' as const, 'active' as const, 'active' as const, 'in_renewal' as const, 'draft' as const),
    noticeGivenDate: fc.option(dayArb('2000-01-01', '2045-12-31'), { nil: null, freq: 5 }),
    alertLeadDays: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 4 }), { nil: null }),
  })
  .map((r) => {
    const startDay = r.startDate ? `${r.startDate}-01-01`.slice(0, 10) : '2015-01-01';
    const endDate = r.endOffsetDays === null || r.termKind === 'indefinite' ? null : fromEpochDay(toEpochDay(startDay) + r.endOffsetDays).slice(0, r.endPrecision);
    return {
      startDate: r.startDate,
      endDate,
      termKind: r.termKind,
      initialTermMonths: r.initialTermMonths,
      noticePeriod: r.noticePeriod,
      tacitRenewal: r.tacitRenewal,
      renewalPeriod: r.renewalPeriod,
      maxRenewals: r.maxRenewals,
      reviewDate: r.reviewDate,
      workflowState: r.workflowState,
      noticeGivenDate: r.noticeGivenDate,
      terminationDate: null,
      alertLeadDays: r.alertLeadDays,
    };
  });

/** An input with two reference days near its dates (early ≤ late), so that transitions are frequent. */
export const lifecycleCaseArb: fc.Arbitrary<[LifecycleInput, string, string]> = lifecycleInputArb.chain((input) => {
  const anchor = `${input.endDate ?? input.startDate ?? '2015'}-01-01`.slice(0, 10);
  return fc.tuple(fc.integer({ min: -400, max: 3000 }), fc.integer({ min: 0, max: 400 })).map(([offset, gap]): [LifecycleInput, string, string] => {
    const early = fromEpochDay(toEpochDay(anchor) + offset);
    return [input, early, fromEpochDay(toEpochDay(early) + gap)];
  });
});
