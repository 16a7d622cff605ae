import { describe, expect, it } from 'vitest';
import { toEpochDay } from '@akkoord/shared/dates/calendar-day';
import { computeBar, rangeOf, UNKNOWN_FADE_DAYS } from './bar-geometry.ts';
import { makeAgreement } from './test-agreement.ts';

const d = (day: string) => toEpochDay(day);

describe('rangeOf (partial dates as day ranges)', () => {
  it('spans the whole year, month or day the date stands for', () => {
    expect(rangeOf('2019')).toEqual({ from: d('2019-01-01'), to: d('2020-01-01'), exact: false });
    expect(rangeOf('2024-02')).toEqual({ from: d('2024-02-01'), to: d('2024-03-01'), exact: false });
    expect(rangeOf('2024-02-29')).toEqual({ from: d('2024-02-29'), to: d('2024-03-01'), exact: true });
  });
});

describe('computeBar', () => {
  it('fades in over a start year and fades out over a year when the end is unknown ("DVO 2019")', () => {
    const bar = computeBar(makeAgreement({ startDate: '2019', status: 'unknown_dates' }))!;
    expect(bar.startKnown).toBe('partial');
    expect(bar.endKind).toBe('unknown');
    expect(bar.segments).toEqual([
      { kind: 'fade-in', from: d('2019-01-01'), to: d('2020-01-01') },
      { kind: 'fade-out', from: d('2020-01-01'), to: d('2020-01-01') + UNKNOWN_FADE_DAYS },
    ]);
    expect(bar.from).toBe(d('2019-01-01'));
  });

  it('draws an exact term as one solid segment, last day included', () => {
    const bar = computeBar(makeAgreement({ startDate: '2023-01-01', endDate: '2026-12-31', currentTermStart: '2023-01-01', currentTermEnd: '2026-12-31' }))!;
    expect(bar.segments).toEqual([{ kind: 'term', from: d('2023-01-01'), to: d('2027-01-01') }]);
    expect(bar.startKnown).toBe('exact');
    expect(bar.endKind).toBe('known');
  });

  it('fades out over the month or year an end is known to', () => {
    const bar = computeBar(makeAgreement({ startDate: '2023-03-01', endDate: '2026' }))!;
    expect(bar.endKind).toBe('partial');
    expect(bar.segments).toEqual([
      { kind: 'term', from: d('2023-03-01'), to: d('2026-01-01') },
      { kind: 'fade-out', from: d('2026-01-01'), to: d('2027-01-01') },
    ]);
  });

  it('runs an indefinite term on without end', () => {
    const bar = computeBar(makeAgreement({ startDate: '2020-05', termKind: 'indefinite' }))!;
    expect(bar.endKind).toBe('indefinite');
    expect(bar.segments.at(-1)).toEqual({ kind: 'open', from: d('2020-06-01'), to: Number.POSITIVE_INFINITY });
  });

  it('shows tacit renewals as renewal terms after the initial end, with their boundaries', () => {
    const bar = computeBar(
      makeAgreement({
        startDate: '2020-01-01',
        endDate: '2021-12-31',
        currentTermStart: '2023-01-01',
        currentTermEnd: '2023-12-31',
        noticeDeadline: '2023-09-30',
        termKind: 'fixed',
      }),
    )!;
    expect(bar.segments).toEqual([
      { kind: 'term', from: d('2020-01-01'), to: d('2022-01-01') },
      { kind: 'renewal', from: d('2022-01-01'), to: d('2024-01-01') },
      // the current term is a renewal, so the next one is as long: 2024
      { kind: 'next', from: d('2024-01-01'), to: d('2025-01-01') },
    ]);
    expect(bar.boundaries).toEqual([d('2022-01-01'), d('2023-01-01')]);
    expect(bar.nextKnown).toBe(true);
    expect(bar.markers).toEqual([{ kind: 'notice', from: d('2023-09-30'), to: d('2023-10-01'), exact: true, value: '2023-09-30' }]);
  });

  it('draws a next period of unknown length when the initial term may still roll over', () => {
    const bar = computeBar(
      makeAgreement({
        startDate: '2024-01-01',
        endDate: '2025-12-31',
        currentTermStart: '2024-01-01',
        currentTermEnd: '2025-12-31',
        noticeDeadline: '2025-09-30',
        termKind: 'fixed',
      }),
    )!;
    expect(bar.nextKnown).toBe(false);
    expect(bar.segments.at(-1)).toEqual({ kind: 'next', from: d('2026-01-01'), to: d('2026-01-01') + UNKNOWN_FADE_DAYS });
  });

  it('draws the next period as long as the renewal period, and none when it does not renew tacitly', () => {
    const bar = computeBar(
      makeAgreement({
        startDate: '2024-01-01',
        endDate: '2026-12-31',
        currentTermEnd: '2026-12-31',
        noticeDeadline: '2026-09-30',
        tacitRenewal: true,
        renewalPeriod: { value: 2, unit: 'year' },
      }),
    )!;
    expect(bar.nextKnown).toBe(true);
    expect(bar.segments.at(-1)).toEqual({ kind: 'next', from: d('2027-01-01'), to: d('2029-01-01') });
    const noRenewal = computeBar(
      makeAgreement({
        startDate: '2024-01-01',
        endDate: '2026-12-31',
        currentTermEnd: '2026-12-31',
        noticeDeadline: '2026-09-30',
        tacitRenewal: false,
        renewalPeriod: { value: 2, unit: 'year' },
      }),
    )!;
    expect(noRenewal.segments.some((s) => s.kind === 'next')).toBe(false);
  });

  it('draws no next period once the agreement has ended or been terminated', () => {
    const bar = computeBar(makeAgreement({ startDate: '2020-01-01', endDate: '2021-12-31', currentTermEnd: '2021-12-31', noticeDeadline: '2021-09-30', status: 'terminated' }))!;
    expect(bar.segments.map((s) => s.kind)).toEqual(['term']);
  });

  it('marks a review date known only to the month as a month-wide marker', () => {
    const bar = computeBar(makeAgreement({ startDate: '2024-01-01', termKind: 'indefinite', nextReviewDate: '2027-06' }))!;
    expect(bar.markers).toEqual([{ kind: 'review', from: d('2027-06-01'), to: d('2027-07-01'), exact: false, value: '2027-06' }]);
  });

  it('fades in over the year before an end when only the end is known', () => {
    const bar = computeBar(makeAgreement({ endDate: '2026-06-30', currentTermEnd: '2026-06-30' }))!;
    expect(bar.startKnown).toBe('unknown');
    expect(bar.segments[0]).toEqual({ kind: 'fade-in', from: d('2026-06-30') - UNKNOWN_FADE_DAYS, to: d('2026-06-30') });
  });

  it('cannot place an agreement without any date', () => {
    expect(computeBar(makeAgreement())).toBeNull();
  });

  it('never draws a segment of negative width when a partial start and end overlap', () => {
    const bar = computeBar(makeAgreement({ startDate: '2019', endDate: '2019-06' }))!;
    for (const s of bar.segments) expect(s.to).toBeGreaterThan(s.from);
  });
});
