import type { TimelineBar } from './bar-geometry.ts';
import type { TimelineLayout } from './lanes.ts';

/** A drawn bar: its row and agreement (by organisation, one agreement has a bar in several rows). */
export interface BarRef {
  row: number;
  id: number;
}

export const barKeyOf = (ref: BarRef): string => `${ref.row}:${ref.id}`;

export function parseBarKey(key: string): BarRef | null {
  const m = /^(\d+):(\d+)$/.exec(key);
  return m ? { row: Number(m[1]), id: Number(m[2]) } : null;
}

export function findBar(layout: TimelineLayout, ref: BarRef): TimelineBar | null {
  return layout.rows[ref.row]?.bars.find((b) => b.agreement.id === ref.id) ?? null;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

function centre(bar: TimelineBar, viewEnd: number): number {
  return (bar.from + Math.min(bar.to, viewEnd)) / 2;
}

/**
 * The bar that arrow-key navigation moves to: the previous or next bar in
 * the same row, or in the row above or below the one closest in time.
 * `viewEnd` caps open-ended bars so their centre is a finite day.
 */
export function neighbourOf(layout: TimelineLayout, from: BarRef, direction: Direction, viewEnd: number): BarRef | null {
  const row = layout.rows[from.row];
  if (!row) return null;
  const index = row.bars.findIndex((b) => b.agreement.id === from.id);
  const current = row.bars[index];
  if (!current) return null;
  if (direction === 'left' || direction === 'right') {
    const next = row.bars[index + (direction === 'right' ? 1 : -1)];
    return next ? { row: from.row, id: next.agreement.id } : null;
  }
  const targetRow = layout.rows[from.row + (direction === 'down' ? 1 : -1)];
  if (!targetRow || targetRow.bars.length === 0) return null;
  const c = centre(current, viewEnd);
  let best = targetRow.bars[0] as TimelineBar;
  for (const bar of targetRow.bars) if (Math.abs(centre(bar, viewEnd) - c) < Math.abs(centre(best, viewEnd) - c)) best = bar;
  return { row: from.row + (direction === 'down' ? 1 : -1), id: best.agreement.id };
}
