import { memo, useMemo } from 'react';
import type { Lane, TimelineLayout } from '../model/lanes.ts';
import { barKeyOf } from '../model/navigation.ts';
import { MARKER_INK } from '../model/status-style.ts';
import { ticksBetween, tickUnitFor } from '../model/ticks.ts';
import { visibleBars } from '../model/visible.ts';
import type { TimelineBar } from '../model/bar-geometry.ts';
import { SVG_THEME, xOf, type DayScale } from './geometry.ts';
import { TimelineBarShape, type BarTexts } from './timeline-bar.tsx';
import type { DefIds } from './timeline-defs.tsx';

/** What is drawn in the DOM: a day window around the visible one, at one zoom. Panning inside it only moves a transform. */
export interface RenderWindow {
  origin: number;
  from: number;
  to: number;
  pxPerDay: number;
  settle: number;
}

export interface BarsProps {
  layout: TimelineLayout;
  rows: { first: number; end: number };
  rw: RenderWindow;
  today: number;
  ids: DefIds;
  texts: BarTexts;
  labelOf: (bar: TimelineBar) => string;
  laneLabelOf: (lane: Lane) => string;
  activeKey: string | null;
  hrefOf: (id: number) => string;
}

/** Grid lines, the today line and the bars of the rows in view, grouped per lane for screen readers. */
export const TimelineBars = memo(function TimelineBars({ layout, rows, rw, today, ids, texts, labelOf, laneLabelOf, activeKey, hrefOf }: BarsProps) {
  const scale: DayScale = { origin: rw.origin, pxPerDay: rw.pxPerDay, minDay: rw.from, maxDay: rw.to };
  const visible = useMemo(() => visibleBars(layout, rows, rw.from, rw.to), [layout, rows, rw.from, rw.to]);
  const ticks = ticksBetween(rw.from, rw.to, tickUnitFor(rw.pxPerDay));
  const activeVisible = activeKey !== null && visible.some((v) => barKeyOf({ row: v.row, id: v.bar.agreement.id }) === activeKey);

  // Group the drawn bars by lane, keeping lane order.
  const byLane = new Map<number, typeof visible>();
  for (const v of visible) {
    const lane = (layout.rows[v.row] as { lane: number }).lane;
    let list = byLane.get(lane);
    if (!list) byLane.set(lane, (list = []));
    list.push(v);
  }
  let first = true;
  return (
    <>
      <g className="akk-tl-grid" aria-hidden="true">
        {ticks.map((tick) => (
          <line key={tick.day} x1={xOf(scale, tick.day)} x2={xOf(scale, tick.day)} y1={0} y2={layout.height} stroke={tick.major ? SVG_THEME.gridMajor : SVG_THEME.grid} />
        ))}
      </g>
      {[...byLane].map(([laneIndex, list]) => {
        const lane = layout.lanes[laneIndex] as Lane;
        return (
          <g key={laneIndex} role="group" aria-label={laneLabelOf(lane)} data-lane-group={lane.key}>
            {list.map(({ bar, row }) => {
              const rowBars = (layout.rows[row] as { bars: TimelineBar[] }).bars;
              const next = rowBars[rowBars.indexOf(bar) + 1];
              const key = barKeyOf({ row, id: bar.agreement.id });
              const tabbable = activeVisible ? key === activeKey : first;
              first = false;
              return (
                <TimelineBarShape
                  key={key}
                  bar={bar}
                  barKey={key}
                  laneKey={lane.key}
                  y={(layout.rows[row] as { y: number }).y}
                  scale={scale}
                  stickyX={4}
                  limitX={next ? xOf(scale, next.from) : xOf(scale, rw.to)}
                  ids={ids}
                  texts={texts}
                  label={labelOf(bar)}
                  tabbable={tabbable}
                  href={hrefOf(bar.agreement.id)}
                />
              );
            })}
          </g>
        );
      })}
      {today >= rw.from && today <= rw.to ? (
        <line className="akk-tl-today" x1={xOf(scale, today)} x2={xOf(scale, today)} y1={0} y2={layout.height} stroke={MARKER_INK.today} strokeWidth={2} aria-hidden="true" />
      ) : null}
    </>
  );
});

/** Lane backgrounds, separators and names in the fixed left column (names stay in view while a long lane scrolls). */
export const TimelineLanes = memo(function TimelineLanes({
  layout,
  top,
  bottom,
  labelWidth,
  totalWidth,
  nameOf,
  countOf,
}: {
  layout: TimelineLayout;
  top: number;
  bottom: number;
  labelWidth: number;
  totalWidth: number;
  nameOf: (lane: Lane) => string;
  countOf: (lane: Lane) => string;
}) {
  const shown = layout.lanes.map((lane, index) => ({ lane, index })).filter(({ lane }) => lane.y + lane.height > top - 40 && lane.y < bottom + 40);
  return (
    <>
      <g className="akk-tl-lane-bands" aria-hidden="true">
        {shown.map(({ lane, index }) => (
          <rect key={lane.key} x={0} y={lane.y - 6} width={totalWidth} height={lane.height + 12} fill={index % 2 ? SVG_THEME.laneBandOdd : SVG_THEME.laneBand} />
        ))}
      </g>
      <g className="akk-tl-lane-labels" aria-hidden="true">
        <rect x={0} y={0} width={labelWidth} height={layout.height + 8} fill="#fff" />
        <line x1={labelWidth - 0.5} x2={labelWidth - 0.5} y1={0} y2={layout.height + 8} stroke={SVG_THEME.separator} />
        {shown.map(({ lane }) => {
          const y = Math.max(lane.y, Math.min(top + 4, lane.y + lane.height - 34));
          const name = nameOf(lane);
          const maxChars = Math.floor((labelWidth - 14) / 7);
          return (
            <g key={lane.key}>
              <line x1={0} x2={totalWidth} y1={lane.y - 6} y2={lane.y - 6} stroke={SVG_THEME.separator} />
              <text x={8} y={y + 14} fontSize={13} fontWeight={700} fill={SVG_THEME.text}>
                {name.length > maxChars ? `${name.slice(0, maxChars - 1)}…` : name}
                <title>{name}</title>
              </text>
              <text x={8} y={y + 29} fontSize={11} fill={SVG_THEME.mutedText}>
                {countOf(lane)}
              </text>
            </g>
          );
        })}
      </g>
    </>
  );
});
