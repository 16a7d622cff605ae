import { describe, expect, it } from 'vitest';
import { toEpochDay } from '@akkoord/shared/dates/calendar-day';
import { layoutTimeline } from './lanes.ts';
import { makeAgreement } from './test-agreement.ts';
import { visibleBars, visibleRowRange } from './visible.ts';

const d = (day: string) => toEpochDay(day);
const options = { rowHeight: 20, laneGap: 0, gapDays: 0, ownRowsUpTo: 0 };

/** 10,000 one-year agreements spread over 2000–2039 in ten collaborations. */
const many = Array.from({ length: 10_000 }, (_, i) =>
  makeAgreement({ id: i + 1, collaborationCode: `C${i % 10}`, startDate: `${2000 + (i % 40)}-01-01`, endDate: `${2000 + (i % 40)}-12-31` }),
);

describe('viewport virtualisation', () => {
  const layout = layoutTimeline(many, 'collaboration', options);

  it('finds the rows inside the scrolled window', () => {
    const range = visibleRowRange(layout, 100, 300, 20);
    expect(range).toEqual({ first: 5, end: 15 });
    expect(visibleRowRange(layout, 0, 0, 20)).toEqual({ first: 0, end: 0 });
    expect(visibleRowRange(layout, 1e9, 2e9, 20).first).toBe(layout.rows.length);
  });

  it('puts only the bars inside the time window and the rows in view into the DOM', () => {
    const bars = visibleBars(layout, visibleRowRange(layout, 0, 600, 20), d('2010-01-01'), d('2012-01-01'));
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.length).toBeLessThanOrEqual(30 * 2);
    for (const { bar } of bars) {
      expect(bar.to).toBeGreaterThan(d('2010-01-01'));
      expect(bar.from).toBeLessThan(d('2012-01-01'));
    }
  });

  it('matches a brute-force scan', () => {
    const rows = visibleRowRange(layout, 2000, 2600, 20);
    const from = d('2015-06-01');
    const to = d('2019-02-01');
    const fast = visibleBars(layout, rows, from, to).map((v) => v.bar.agreement.id);
    const slow = layout.rows
      .slice(rows.first, rows.end)
      .flatMap((r) => r.bars)
      .filter((b) => b.to > from && b.from < to)
      .map((b) => b.agreement.id);
    expect(fast).toEqual(slow);
  });
});
