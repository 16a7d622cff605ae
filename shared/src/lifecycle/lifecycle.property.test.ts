import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodDayBounds } from '../dates/calendar-day.ts';
import { precisionRank } from '../dates/date-span.ts';
import { analyseLifecycle } from './analyse-lifecycle.ts';
import { computeLifecycle } from './compute-lifecycle.ts';
import { describeTerms, termEndAt } from './term-structure.ts';
import { STATUS_ORDER } from './status-order.ts';
import { lifecycleCaseArb, lifecycleInputArb } from './lifecycle-arbitraries.ts';
import { lifecycleInput } from './test-helpers.ts';

describe('lifecycle properties', () => {
  it('never puts the notice deadline after the end of the term', () => {
    fc.assert(
      fc.property(lifecycleCaseArb, ([input, on]) => {
        const a = analyseLifecycle(input, on);
        if (!a.deadline || !a.term?.end) return true;
        return a.deadline.earliest <= a.term.end.earliest && a.deadline.latest <= a.term.end.latest;
      }),
      { numRuns: 2000 },
    );
  });

  it('never shortens a term by renewing it', () => {
    fc.assert(
      fc.property(lifecycleInputArb, fc.integer({ min: 0, max: 20 }), (input, k) => {
        const s = describeTerms(input);
        if (!s.initialEnd || !s.renewal) return true;
        const [before, after] = [termEndAt(s, k), termEndAt(s, k + 1)];
        const minDays = periodDayBounds(s.renewal).min;
        const gained = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
        return gained(before.earliest, after.earliest) >= minDays && gained(before.latest, after.latest) >= minDays;
      }),
      { numRuns: 2000 },
    );
  });

  it('moves the current term end only forward as the reference date advances', () => {
    fc.assert(
      fc.property(lifecycleCaseArb, ([input, early, late]) => {
        const [a, b] = [analyseLifecycle(input, early), analyseLifecycle(input, late)];
        if (!a.term?.end || !b.term?.end) return true;
        return a.term.end.latest <= b.term.end.latest;
      }),
      { numRuns: 2000 },
    );
  });

  it('moves status only forward as the reference date advances (term by term when it renews)', () => {
    fc.assert(
      fc.property(lifecycleCaseArb, ([input, early, late]) => {
        const [a, b] = [computeLifecycle(input, early), computeLifecycle(input, late)];
        const termOf = (s: typeof a) => s.termNumber ?? Number.POSITIVE_INFINITY;
        if (termOf(a) !== termOf(b)) return termOf(a) < termOf(b);
        return STATUS_ORDER[a.status] <= STATUS_ORDER[b.status];
      }),
      { numRuns: 3000 },
    );
  });

  it('never reports a date more precisely than the facts it came from', () => {
    fc.assert(
      fc.property(lifecycleCaseArb, ([input, on]) => {
        const snapshot = computeLifecycle({ ...input, noticeGivenDate: null }, on);
        const source = input.termKind === 'indefinite' ? null : (input.endDate ?? (input.initialTermMonths ? input.startDate : null));
        return precisionRank(snapshot.currentTermEnd) <= precisionRank(source) && precisionRank(snapshot.noticeDeadline) <= precisionRank(source);
      }),
      { numRuns: 2000 },
    );
  });

  it('computes a snapshot quickly enough to refresh a large register', () => {
    // Not a timing assertion: guards against runaway term searches (e.g. daily renewals over decades).
    const input = lifecycleInput({ startDate: '2000-01-01', endDate: '2000-01-01', tacitRenewal: true, renewalPeriod: { value: 1, unit: 'day' } });
    expect(computeLifecycle(input, '2060-01-01').termNumber).toBe(21915);
  });
});
