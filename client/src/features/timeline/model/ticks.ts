import { fromEpochDay, makeDay, toEpochDay } from '@akkoord/shared/dates/calendar-day';

export type TickUnit = 'month' | 'quarter' | 'year' | 'five-years' | 'decade';

export interface Tick {
  day: number;
  year: number;
  /** 1–12 */
  month: number;
  unit: TickUnit;
  /** Starts a year: drawn stronger and labelled with the year. */
  major: boolean;
}

const DAYS_PER_MONTH = 30.436875;

/** The finest tick unit whose labels get at least `minPx` pixels each. */
export function tickUnitFor(pxPerDay: number, minPx = 44): TickUnit {
  const month = pxPerDay * DAYS_PER_MONTH;
  if (month >= minPx) return 'month';
  if (month * 3 >= minPx) return 'quarter';
  if (month * 12 >= minPx) return 'year';
  if (month * 60 >= minPx) return 'five-years';
  return 'decade';
}

const MONTH_STEP: Record<TickUnit, number> = { month: 1, quarter: 3, year: 12, 'five-years': 60, decade: 120 };

/** Ticks at calendar boundaries (first day of a month, quarter, year, …) inside [fromDay, toDay]. */
export function ticksBetween(fromDay: number, toDay: number, unit: TickUnit): Tick[] {
  const step = MONTH_STEP[unit];
  const first = fromEpochDay(Math.floor(fromDay));
  let index = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1;
  index = Math.ceil(index / step) * step;
  const ticks: Tick[] = [];
  for (;;) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const day = toEpochDay(makeDay(year, month, 1));
    if (day > toDay) break;
    if (day >= fromDay) ticks.push({ day, year, month, unit, major: month === 1 });
    index += step;
  }
  return ticks;
}
