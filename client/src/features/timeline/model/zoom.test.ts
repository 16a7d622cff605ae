import { describe, expect, it } from 'vitest';
import { toEpochDay } from '@akkoord/shared/dates/calendar-day';
import { clampSpan, initialView, LEVEL_SPANS, levelOf, MAX_SPAN, MIN_SPAN, panBy, zoomAround, zoomToLevel } from './zoom.ts';
import { ticksBetween, tickUnitFor } from './ticks.ts';

const d = (day: string) => toEpochDay(day);

describe('zoom levels', () => {
  it('show ten years, three years and one year across', () => {
    expect(LEVEL_SPANS.years / LEVEL_SPANS.months).toBeCloseTo(10);
    expect(LEVEL_SPANS.quarters / LEVEL_SPANS.months).toBeCloseTo(3);
    expect(levelOf(LEVEL_SPANS.quarters)).toBe('quarters');
    expect(levelOf(LEVEL_SPANS.years * 1.3)).toBe('years');
    expect(levelOf(200)).toBe('months');
  });

  it('keeps the anchor day in place while zooming', () => {
    const view = { start: 1000, span: 400 };
    const zoomed = zoomAround(view, 0.5, 1100);
    expect(zoomed.span).toBe(200);
    expect((1100 - zoomed.start) / zoomed.span).toBeCloseTo((1100 - view.start) / view.span);
  });

  it('keeps the centre when switching level', () => {
    const view = { start: 10_000, span: LEVEL_SPANS.years };
    const z = zoomToLevel(view, 'months');
    expect(z.start + z.span / 2).toBeCloseTo(view.start + view.span / 2);
    expect(z.span).toBeCloseTo(LEVEL_SPANS.months);
  });

  it('stays within the zoom limits', () => {
    expect(clampSpan(1)).toBe(MIN_SPAN);
    expect(clampSpan(1e9)).toBe(MAX_SPAN);
    expect(zoomAround({ start: 0, span: MIN_SPAN }, 0.1).span).toBe(MIN_SPAN);
  });

  it('pans by a fraction of the window', () => {
    expect(panBy({ start: 100, span: 400 }, 0.25)).toEqual({ start: 200, span: 400 });
  });
});

describe('initialView', () => {
  const today = d('2026-11-29');

  it('fits the agreements and today when they fit (Twente: 2018 to 2024, today 2026)', () => {
    const view = initialView('years', today, { from: d('2018-01-01'), to: d('2025-01-01') });
    expect(view.span).toBeCloseTo(LEVEL_SPANS.years);
    expect(view.start).toBeLessThan(d('2018-01-01'));
    expect(view.start + view.span).toBeGreaterThan(today);
  });

  it('puts today a third from the left when the agreements do not fit', () => {
    const view = initialView('months', today, { from: d('2000-01-01'), to: d('2040-01-01') });
    expect((today - view.start) / view.span).toBeCloseTo(1 / 3);
  });

  it('follows the register filter window (from/to) when given', () => {
    const view = initialView('years', today, null, { from: d('2024-01-01'), to: d('2025-12-31') });
    expect(view.start).toBeLessThan(d('2024-01-01'));
    expect(view.start + view.span).toBeGreaterThan(d('2025-12-31'));
    expect(view.span).toBeLessThan(800);
  });
});

describe('axis ticks', () => {
  it('chooses months when a month gets enough room, else quarters, years, five years, decades', () => {
    const width = 1000;
    expect(tickUnitFor(width / LEVEL_SPANS.months)).toBe('month');
    expect(tickUnitFor(width / LEVEL_SPANS.quarters)).toBe('quarter');
    expect(tickUnitFor(width / LEVEL_SPANS.years)).toBe('year');
    expect(tickUnitFor(width / (40 * 365))).toBe('five-years');
    expect(tickUnitFor(width / (100 * 365), 60)).toBe('decade');
  });

  it('puts ticks on the first day of each month, quarter or year', () => {
    const q = ticksBetween(d('2024-02-10'), d('2025-01-15'), 'quarter');
    expect(q.map((t) => `${t.year}-${t.month}`)).toEqual(['2024-4', '2024-7', '2024-10', '2025-1']);
    expect(q.at(-1)).toMatchObject({ major: true, day: d('2025-01-01') });
    const y = ticksBetween(d('2019-01-01'), d('2021-06-01'), 'year');
    expect(y.map((t) => t.year)).toEqual([2019, 2020, 2021]);
    expect(ticksBetween(d('2011-01-01'), d('2031-01-01'), 'five-years').map((t) => t.year)).toEqual([2015, 2020, 2025, 2030]);
  });
});
