import type { TimelineBar } from './bar-geometry.ts';
import type { TimelineLayout, TimelineRow } from './lanes.ts';

/** First index in [0, length) for which `isAfter` holds, given it is false then true along the array. */
function partitionPoint(length: number, isAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Rows that intersect the vertical window [top, bottom) in px: [first, end). */
export function visibleRowRange(layout: TimelineLayout, top: number, bottom: number, rowHeight: number): { first: number; end: number } {
  const rows = layout.rows;
  const first = partitionPoint(rows.length, (i) => (rows[i] as TimelineRow).y + rowHeight > top);
  const end = partitionPoint(rows.length, (i) => (rows[i] as TimelineRow).y >= bottom);
  return { first, end: Math.max(first, end) };
}

/** Bars of a row that intersect the day window [fromDay, toDay), found by binary search (rows are sorted and non-overlapping). */
export function visibleBarsInRow(row: TimelineRow, fromDay: number, toDay: number): TimelineBar[] {
  const bars = row.bars;
  const out: TimelineBar[] = [];
  for (let i = partitionPoint(bars.length, (j) => (bars[j] as TimelineBar).to > fromDay); i < bars.length; i++) {
    const bar = bars[i] as TimelineBar;
    if (bar.from >= toDay) break;
    out.push(bar);
  }
  return out;
}

export interface VisibleBar {
  bar: TimelineBar;
  row: number;
}

/** Every bar inside both windows, row by row (what gets into the DOM). */
export function visibleBars(layout: TimelineLayout, rows: { first: number; end: number }, fromDay: number, toDay: number): VisibleBar[] {
  const out: VisibleBar[] = [];
  for (let r = rows.first; r < rows.end; r++) {
    for (const bar of visibleBarsInRow(layout.rows[r] as TimelineRow, fromDay, toDay)) out.push({ bar, row: r });
  }
  return out;
}
