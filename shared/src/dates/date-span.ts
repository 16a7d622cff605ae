import type { DatePrecision, PartialDate } from './partial-date.ts';
import { earliestDay, latestDay, precisionOf } from './partial-date.ts';
import type { CalendarDay } from './calendar-day.ts';

/**
 * The days a (computed) date may fall on: a day-precision date has
 * earliest === latest, "2019" spans the whole year. Arithmetic is done on
 * both ends, so uncertainty is carried, never hidden.
 */
export interface DaySpan {
  earliest: CalendarDay;
  latest: CalendarDay;
  /** The finest precision the inputs support; results are never reported finer. */
  precision: DatePrecision;
}

const PRECISION_RANK: Record<DatePrecision | 'unknown', number> = { unknown: 0, year: 1, month: 2, day: 3 };

/** Orders precisions: unknown (0) < year < month < day (3). */
export function precisionRank(value: PartialDate | null): number {
  return value === null ? PRECISION_RANK.unknown : PRECISION_RANK[precisionOf(value)];
}

/** The span of days a stored partial date stands for. */
export function spanOf(value: PartialDate): DaySpan {
  return { earliest: earliestDay(value), latest: latestDay(value), precision: precisionOf(value) };
}

/** A span of exactly one day. */
export function daySpan(day: CalendarDay): DaySpan {
  return { earliest: day, latest: day, precision: 'day' };
}

/** Applies a monotone (order-keeping) day function to both ends of a span. */
export function mapSpan(span: DaySpan, shift: (day: CalendarDay) => CalendarDay): DaySpan {
  const earliest = shift(span.earliest);
  // A single day maps once (most dates are known to the day).
  return { earliest, latest: span.latest === span.earliest ? earliest : shift(span.latest), precision: span.precision };
}

/**
 * The finest partial date that covers the whole span, never finer than the
 * span's own precision; null when the span crosses a year boundary
 * ("2019" + 3 months may fall in 2019 or 2020: unknown).
 */
export function toPartialDate(span: DaySpan): PartialDate | null {
  const { earliest, latest, precision } = span;
  if (precision === 'day' && earliest === latest) return earliest;
  if (precision !== 'year' && earliest.slice(0, 7) === latest.slice(0, 7)) return earliest.slice(0, 7);
  if (earliest.slice(0, 4) === latest.slice(0, 4)) return earliest.slice(0, 4);
  return null;
}
