import { describe, expect, it } from 'vitest';
import { computeLifecycle } from './compute-lifecycle.ts';
import type { LifecycleInput, LifecycleSnapshot } from './lifecycle-types.ts';
import { lifecycleInput } from './test-helpers.ts';

const months = (value: number) => ({ value, unit: 'month' as const });
const yearly = { value: 1, unit: 'year' as const };

type Expected = Partial<
  Pick<LifecycleSnapshot, 'status' | 'currentTermStart' | 'currentTermEnd' | 'noticeDeadline' | 'termNumber' | 'isFinalTerm' | 'noticeDeadlineDay' | 'windowEndDay'>
>;
interface WorkedCase {
  name: string;
  facts: Partial<LifecycleInput>;
  on: string;
  expected: Expected;
}

const yearAfterYear: Partial<LifecycleInput> = {
  startDate: '2020-01-01',
  endDate: '2020-12-31',
  termKind: 'fixed',
  noticePeriod: months(3),
  tacitRenewal: true,
  renewalPeriod: yearly,
};
const thirtySixThenYearly: Partial<LifecycleInput> = {
  startDate: '2024-03-01',
  initialTermMonths: 36,
  termKind: 'fixed',
  noticePeriod: months(2),
  tacitRenewal: true,
  renewalPeriod: months(12),
};
const renewsAtYearEnd = (noticePeriod: LifecycleInput['noticePeriod']): Partial<LifecycleInput> => ({
  startDate: '2025-01-01',
  endDate: '2026-12-31',
  noticePeriod,
  tacitRenewal: true,
  renewalPeriod: yearly,
});
const indefinite: Partial<LifecycleInput> = { startDate: '2019-05-01', termKind: 'indefinite', noticePeriod: months(6) };

const cases: WorkedCase[] = [
  // Tacit renewal year after year: the deadline follows the CURRENT term, not the original end.
  {
    name: 'yearly renewal, fourth term, outside lead time',
    facts: yearAfterYear,
    on: '2023-02-01',
    expected: {
      status: 'active',
      termNumber: 3,
      currentTermStart: '2023-01-01',
      currentTermEnd: '2023-12-31',
      noticeDeadline: '2023-09-30',
      isFinalTerm: false,
      windowEndDay: null,
    },
  },
  { name: 'yearly renewal, deadline within 180 days', facts: yearAfterYear, on: '2023-06-15', expected: { status: 'expiring', noticeDeadline: '2023-09-30' } },
  { name: 'yearly renewal, deadline passed', facts: yearAfterYear, on: '2023-10-01', expected: { status: 'notice_period', currentTermEnd: '2023-12-31' } },
  {
    name: 'yearly renewal, rolled over',
    facts: yearAfterYear,
    on: '2024-01-01',
    expected: { status: 'active', termNumber: 4, currentTermStart: '2024-01-01', currentTermEnd: '2024-12-31', noticeDeadline: '2024-09-30' },
  },
  // 36 months, then yearly (12 months) renewals; the leap day 2028-02-29 ends the first renewal.
  {
    name: '36 months initial term',
    facts: thirtySixThenYearly,
    on: '2026-06-01',
    expected: { status: 'active', termNumber: 0, currentTermStart: '2024-03-01', currentTermEnd: '2027-02-28', noticeDeadline: '2026-12-31' },
  },
  {
    name: '36 months, first renewal',
    facts: thirtySixThenYearly,
    on: '2027-06-01',
    expected: { termNumber: 1, currentTermStart: '2027-03-01', currentTermEnd: '2028-02-29', noticeDeadline: '2027-12-31' },
  },
  { name: '36 months, second renewal', facts: thirtySixThenYearly, on: '2028-03-01', expected: { termNumber: 2, currentTermStart: '2028-03-01', currentTermEnd: '2029-02-28' } },
  // 31 January + 1 month ends on the last day of February.
  {
    name: '31 January + 1 month',
    facts: { startDate: '2025-01-31', initialTermMonths: 1, tacitRenewal: false },
    on: '2025-02-10',
    expected: { status: 'expiring', currentTermEnd: '2025-02-28', noticeDeadline: null, isFinalTerm: true },
  },
  {
    name: '31 January + 1 month in a leap year',
    facts: { startDate: '2024-01-31', initialTermMonths: 1, tacitRenewal: false },
    on: '2024-03-01',
    expected: { status: 'expired', currentTermEnd: '2024-02-29' },
  },
  // Notice periods in days, weeks, months and years.
  { name: 'notice 30 days', facts: renewsAtYearEnd({ value: 30, unit: 'day' }), on: '2026-01-15', expected: { noticeDeadline: '2026-12-01' } },
  { name: 'notice 6 weeks', facts: renewsAtYearEnd({ value: 6, unit: 'week' }), on: '2026-01-15', expected: { noticeDeadline: '2026-11-19' } },
  { name: 'notice 3 months', facts: renewsAtYearEnd(months(3)), on: '2026-01-15', expected: { noticeDeadline: '2026-09-30' } },
  { name: 'notice 1 year', facts: renewsAtYearEnd(yearly), on: '2025-07-15', expected: { noticeDeadline: '2025-12-31', status: 'expiring' } },
  {
    name: 'notice 3 months before 30 June',
    facts: { endDate: '2026-06-30', noticePeriod: months(3), tacitRenewal: true, renewalPeriod: yearly },
    on: '2026-01-15',
    expected: { noticeDeadline: '2026-03-31' },
  },
  // An agreement known only by year.
  {
    name: 'year only, well before the end',
    facts: { startDate: '2019', endDate: '2023', tacitRenewal: false },
    on: '2022-06-01',
    expected: { status: 'active', currentTermStart: '2019', currentTermEnd: '2023' },
  },
  { name: 'year only, end may be within 180 days', facts: { startDate: '2019', endDate: '2023', tacitRenewal: false }, on: '2022-08-01', expected: { status: 'expiring' } },
  { name: 'year only, may still run', facts: { startDate: '2019', endDate: '2023', tacitRenewal: false }, on: '2023-12-31', expected: { status: 'expiring' } },
  { name: 'year only, surely ended', facts: { startDate: '2019', endDate: '2023', tacitRenewal: false }, on: '2024-01-01', expected: { status: 'expired' } },
  {
    name: 'year only with a notice period: deadline not known to a year',
    facts: { startDate: '2019', endDate: '2023', noticePeriod: months(3), tacitRenewal: true, renewalPeriod: yearly },
    on: '2021-03-01',
    expected: { status: 'active', noticeDeadline: null, noticeDeadlineDay: '2022-10-01', currentTermEnd: '2023' },
  },
  { name: 'only a start year (DVO 2019)', facts: { startDate: '2019' }, on: '2026-01-01', expected: { status: 'unknown_dates', currentTermEnd: null, noticeDeadline: null } },
  // Indefinite term (onbepaalde tijd).
  {
    name: 'indefinite term',
    facts: indefinite,
    on: '2026-01-01',
    expected: { status: 'active', currentTermStart: '2019-05-01', currentTermEnd: null, noticeDeadline: null, windowEndDay: null },
  },
  {
    name: 'indefinite term, notice given',
    facts: { ...indefinite, noticeGivenDate: '2026-03-15' },
    on: '2026-04-01',
    expected: { status: 'expiring', currentTermEnd: '2026-09-15', isFinalTerm: true },
  },
  { name: 'indefinite term, notice period over', facts: { ...indefinite, noticeGivenDate: '2026-03-15' }, on: '2026-09-16', expected: { status: 'expired' } },
  {
    name: 'indefinite term, notice given without a notice period',
    facts: { startDate: '2019', termKind: 'indefinite', noticeGivenDate: '2026-03-15' },
    on: '2026-04-01',
    expected: { status: 'unknown_dates' },
  },
  // Maximum number of renewals.
  {
    name: 'last allowed renewal',
    facts: { ...yearAfterYear, maxRenewals: 2 },
    on: '2022-08-01',
    expected: { status: 'expiring', termNumber: 2, isFinalTerm: true, noticeDeadline: null, windowEndDay: '2022-12-31' },
  },
  { name: 'renewals used up', facts: { ...yearAfterYear, maxRenewals: 2 }, on: '2023-01-01', expected: { status: 'expired', currentTermEnd: '2022-12-31' } },
  { name: 'bounded renewals give a final end', facts: { ...yearAfterYear, maxRenewals: 2 }, on: '2020-03-01', expected: { windowEndDay: '2022-12-31', isFinalTerm: false } },
  // Notice given: in time ends the current term, too late ends the next one.
  {
    name: 'notice given in time',
    facts: { ...yearAfterYear, noticeGivenDate: '2023-09-01' },
    on: '2023-10-15',
    expected: { status: 'expiring', isFinalTerm: true, noticeDeadline: null, currentTermEnd: '2023-12-31' },
  },
  { name: 'notice given in time, ended', facts: { ...yearAfterYear, noticeGivenDate: '2023-09-01' }, on: '2024-01-01', expected: { status: 'expired' } },
  {
    name: 'notice given too late',
    facts: { ...yearAfterYear, noticeGivenDate: '2023-10-15' },
    on: '2024-01-10',
    expected: { status: 'active', currentTermEnd: '2024-12-31', isFinalTerm: true },
  },
  // Workflow states.
  { name: 'draft', facts: { ...yearAfterYear, workflowState: 'draft' }, on: '2023-06-15', expected: { status: 'draft' } },
  { name: 'renewed by a successor', facts: { ...yearAfterYear, workflowState: 'renewed' }, on: '2023-06-15', expected: { status: 'renewed' } },
  {
    name: 'notice given: in force until the last day',
    facts: { ...yearAfterYear, workflowState: 'terminated', noticeGivenDate: '2023-05-01', terminationDate: '2023-12-31' },
    on: '2023-06-15',
    expected: { status: 'active', currentTermEnd: '2023-12-31', noticeDeadline: null },
  },
  {
    name: 'notice given: ended after the last day',
    facts: { ...yearAfterYear, workflowState: 'terminated', noticeGivenDate: '2023-05-01', terminationDate: '2023-12-31' },
    on: '2024-01-01',
    expected: { status: 'terminated', noticeDeadline: null },
  },
  {
    name: 'in renewal keeps its deadline',
    facts: { ...yearAfterYear, workflowState: 'in_renewal' },
    on: '2023-06-15',
    expected: { status: 'in_renewal', noticeDeadline: '2023-09-30' },
  },
  {
    name: 'in renewal past a final end',
    facts: { startDate: '2020-01-01', endDate: '2022-12-31', tacitRenewal: false, workflowState: 'in_renewal' },
    on: '2023-02-01',
    expected: { status: 'expired' },
  },
  // Unknown whether it renews: the deadline is shown to be safe.
  {
    name: 'tacit renewal unknown, deadline shown',
    facts: { endDate: '2026-12-31', noticePeriod: months(3) },
    on: '2026-02-01',
    expected: { status: 'active', noticeDeadline: '2026-09-30', isFinalTerm: true },
  },
  { name: 'tacit renewal unknown, deadline passed', facts: { endDate: '2026-12-31', noticePeriod: months(3) }, on: '2026-10-01', expected: { status: 'notice_period' } },
  {
    name: 'tacit renewal without a renewal period',
    facts: { endDate: '2026-12-31', noticePeriod: months(3), tacitRenewal: true },
    on: '2027-02-01',
    expected: { status: 'unknown_dates' },
  },
  { name: 'own lead time of 30 days', facts: { ...yearAfterYear, alertLeadDays: [30] }, on: '2023-06-15', expected: { status: 'active' } },
];

describe('computeLifecycle: worked cases', () => {
  it.each(cases)('$name ($on)', ({ facts, on, expected }) => {
    expect(computeLifecycle(lifecycleInput(facts), on)).toMatchObject(expected);
  });

  it('explains the notice deadline from the current term', () => {
    const snapshot = computeLifecycle(lifecycleInput(yearAfterYear), '2026-03-01');
    expect(snapshot.explanation).toContainEqual({
      kind: 'notice_deadline',
      result: '2026-09-30',
      terms: [
        { op: 'start', label: 'currentTermEnd', value: '2026-12-31' },
        { op: 'minus', label: 'noticePeriod', period: { value: 3, unit: 'month' } },
      ],
    });
  });

  it('orders the next deadline of any kind first', () => {
    const snapshot = computeLifecycle(lifecycleInput({ ...yearAfterYear, reviewDate: '2026-05-01' }), '2026-03-01');
    expect(snapshot.nextDeadlineDay).toBe('2026-05-01');
    expect(computeLifecycle(lifecycleInput(yearAfterYear), '2026-10-01').nextDeadlineDay).toBe('2026-12-31');
  });
});

describe('computeTerminationEnd', () => {
  it('ends the term whose deadline the notice met, or the next one', async () => {
    const { computeTerminationEnd } = await import('./termination.ts');
    expect(computeTerminationEnd(lifecycleInput(yearAfterYear), '2026-09-30').end).toBe('2026-12-31');
    expect(computeTerminationEnd(lifecycleInput(yearAfterYear), '2026-10-01').end).toBe('2027-12-31');
    expect(computeTerminationEnd(lifecycleInput(indefinite), '2026-03-15').end).toBe('2026-09-15');
    expect(computeTerminationEnd(lifecycleInput({ startDate: '2019' }), '2026-03-15').end).toBeNull();
    expect(computeTerminationEnd(lifecycleInput({ endDate: '2026-12-31', noticePeriod: months(1), tacitRenewal: true }), '2026-12-15').end).toBeNull();
  });
});
