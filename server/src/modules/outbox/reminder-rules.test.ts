import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amsterdamDate } from '../../lib/clock.ts';
import { backoffMs } from './deliver-outbox.ts';
import { dailyPattern, nextDailyRun } from './reminder-job.ts';
import type { DigestEntry } from '../digests/reminder-payload.ts';
import { currentWindow, DEFAULT_REMINDER_RULES, effectiveRules } from '../reminder-rules/reminder-rules.ts';
import { compareEntries } from '../digests/render-digest.ts';

describe('the window a day falls in', () => {
  it('is the smallest offset at least the days left', () => {
    const offsets = [180, 90, 30, 7, 1];
    expect(currentWindow(offsets, 200)).toBeNull();
    expect(currentWindow(offsets, 180)).toBe(180);
    expect(currentWindow(offsets, 91)).toBe(180);
    expect(currentWindow(offsets, 8)).toBe(30);
    expect(currentWindow(offsets, 1)).toBe(1);
    expect(currentWindow(offsets, 0)).toBe(1);
    expect(currentWindow(offsets, -1)).toBeNull();
    expect(currentWindow([], 3)).toBeNull();
  });

  it('never goes back to a longer offset as the date comes closer (so each offset is sent at most once, in order)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 400 }), (offsets, days) => {
        const w = currentWindow(offsets, days);
        const closer = currentWindow(offsets, days - 1);
        if (w !== null && days > 0) expect(closer).not.toBeNull();
        if (w !== null && closer !== null) expect(closer).toBeLessThanOrEqual(w);
      }),
    );
  });
});

describe('rules in effect', () => {
  it('agreement rule, then alertLeadDays (notice only), then global', () => {
    expect(effectiveRules(DEFAULT_REMINDER_RULES, undefined, null)).toEqual(DEFAULT_REMINDER_RULES);
    expect(effectiveRules(DEFAULT_REMINDER_RULES, undefined, [30, 60]).noticeOffsets).toEqual([60, 30]);
    const own = { agreementId: 1, noticeOffsets: [5], termEndOffsets: null, reviewOffsets: [], escalationDays: 3, muted: false, updatedAt: '' };
    expect(effectiveRules(DEFAULT_REMINDER_RULES, own, [30, 60])).toEqual({ noticeOffsets: [5], termEndOffsets: [90, 30, 7], reviewOffsets: [], escalationDays: 3 });
  });
});

describe('back-off', () => {
  it('doubles from the base and stops at the cap', () => {
    const o = { baseDelayMs: 60_000, maxDelayMs: 3_600_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffMs(n, o) / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
  });
});

describe('the daily schedule in Europe/Amsterdam', () => {
  it('runs at the local time on both sides of the DST changes', () => {
    expect(dailyPattern('07:00')).toBe('0 7 * * *');
    // Summer time (UTC+2) until 25-10-2026, then winter time (UTC+1).
    expect(nextDailyRun({ reminderTime: '07:00' }, new Date('2026-10-24T12:00:00Z'))!.toISOString()).toBe('2026-10-25T06:00:00.000Z');
    expect(nextDailyRun({ reminderTime: '07:00' }, new Date('2026-10-23T12:00:00Z'))!.toISOString()).toBe('2026-10-24T05:00:00.000Z');
    expect(nextDailyRun({ reminderTime: '07:00' }, new Date('2026-03-28T12:00:00Z'))!.toISOString()).toBe('2026-03-29T05:00:00.000Z');
    // 02:30 does not exist on 29-03-2026: the job runs right after the gap (03:00 CEST), not a day late.
    expect(nextDailyRun({ reminderTime: '02:30' }, new Date('2026-03-28T12:00:00Z'))!.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // 02:30 happens twice on 25-10-2026: it runs once.
    const first = nextDailyRun({ reminderTime: '02:30' }, new Date('2026-10-24T12:00:00Z'))!;
    const second = nextDailyRun({ reminderTime: '02:30' }, first)!;
    expect(second.getTime() - first.getTime()).toBeGreaterThan(20 * 3600_000);
  });

  it('"today" is the Amsterdam calendar day, also just after midnight in summer', () => {
    expect(amsterdamDate(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    expect(amsterdamDate(new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-25');
    expect(amsterdamDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('most urgent first', () => {
  const entry = (day: string, kind: DigestEntry['kind'], title: string, isEscalation = false): DigestEntry => ({
    agreementId: title.length,
    kind,
    deadlineDay: day,
    offsetDays: 7,
    isEscalation,
    payload: {
      title,
      reference: null,
      collaborationCode: null,
      ownerName: null,
      ownerEmail: null,
      deadline: day,
      latestDay: day,
      explanation: [],
      reasons: ['owner'],
      escalation: null,
    },
  });
  it('orders by date, then notice deadline before term end before review', () => {
    const list = [entry('2026-10-01', 'review', 'A'), entry('2026-09-30', 'review', 'B'), entry('2026-09-30', 'notice_deadline', 'C'), entry('2026-09-30', 'term_end', 'D')];
    expect(list.sort(compareEntries).map((e) => e.payload.title)).toEqual(['C', 'D', 'B', 'A']);
  });
});
