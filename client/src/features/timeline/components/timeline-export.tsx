import { useId, type Ref } from 'react';
import type { AgreementStatus } from '@akkoord/shared/domain/enums';
import type { Lane, TimelineLayout } from '../model/lanes.ts';
import type { TimeView } from '../model/zoom.ts';
import type { TimelineBar } from '../model/bar-geometry.ts';
import { AXIS_HEIGHT, ROW_HEIGHT, SVG_THEME } from './geometry.ts';
import { TimelineAxis, type AxisTexts } from './timeline-axis.tsx';
import type { BarTexts } from './timeline-bar.tsx';
import { TimelineBars, TimelineLanes } from './timeline-body.tsx';
import { defIds, safeIdPrefix, TimelineDefs } from './timeline-defs.tsx';
import { StatusSwatch } from './timeline-legend.tsx';

/** Rows an export draws at most (a poster of 10,000 rows helps nobody). */
export const EXPORT_MAX_ROWS = 400;
const TITLE_HEIGHT = 30;
const LEGEND_ITEM = { width: 220, height: 24 };

export interface TimelineExportProps {
  layout: TimelineLayout;
  view: TimeView;
  width: number;
  today: number;
  title: string;
  subtitle: string;
  laneHeading: string;
  laneNameOf: (lane: Lane) => string;
  laneCountOf: (lane: Lane) => string;
  labelOf: (bar: TimelineBar) => string;
  hrefOf: (id: number) => string;
  statusLabels: [AgreementStatus, string][];
  barTexts: BarTexts;
  axisTexts: AxisTexts;
  ref?: Ref<SVGSVGElement>;
}

/**
 * The whole timeline for the current time window as one standalone SVG:
 * title, axis, every lane (up to EXPORT_MAX_ROWS rows) and a legend in
 * words — for the SVG/PNG download and for printing.
 */
export function TimelineExportSvg(props: TimelineExportProps) {
  const { layout, view, width, today, ref } = props;
  const ids = defIds(safeIdPrefix(useId()));
  const labelWidth = Math.round(Math.min(200, Math.max(92, width * 0.18)));
  const plotWidth = width - labelWidth;
  const endRow = Math.min(layout.rows.length, EXPORT_MAX_ROWS);
  const bodyHeight = endRow ? (layout.rows[endRow - 1] as { y: number }).y + ROW_HEIGHT + 8 : 40;
  const perLine = Math.max(1, Math.floor(width / LEGEND_ITEM.width));
  const legendHeight = Math.ceil(props.statusLabels.length / perLine) * LEGEND_ITEM.height + 16;
  const height = TITLE_HEIGHT + AXIS_HEIGHT + bodyHeight + legendHeight;
  const pxPerDay = plotWidth / view.span;
  const rw = { origin: view.start, from: view.start, to: view.start + view.span, pxPerDay, settle: 0 };
  const clipped = { ...layout, height: bodyHeight - 8 };
  return (
    <svg ref={ref} width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily={SVG_THEME.font} role="img" aria-label={props.title}>
      <TimelineDefs ids={ids} />
      <rect width={width} height={height} fill="#fff" />
      <text x={8} y={20} fontSize={15} fontWeight={700} fill={SVG_THEME.text}>
        {props.title}
        <tspan fontSize={12} fontWeight={400} fill={SVG_THEME.mutedText} dx={10}>
          {props.subtitle}
        </tspan>
      </text>
      <g transform={`translate(0 ${TITLE_HEIGHT})`}>
        <TimelineAxis start={view.start} span={view.span} plotWidth={plotWidth} labelWidth={labelWidth} today={today} texts={props.axisTexts} laneHeading={props.laneHeading} />
      </g>
      <g transform={`translate(0 ${TITLE_HEIGHT + AXIS_HEIGHT})`}>
        <clipPath id={ids.clip}>
          <rect x={labelWidth} y={0} width={plotWidth} height={bodyHeight} />
        </clipPath>
        <TimelineLanes layout={clipped} top={0} bottom={bodyHeight} labelWidth={labelWidth} totalWidth={width} nameOf={props.laneNameOf} countOf={props.laneCountOf} />
        <g clipPath={`url(#${ids.clip})`}>
          <g transform={`translate(${labelWidth} 0)`}>
            <TimelineBars
              layout={clipped}
              rows={{ first: 0, end: endRow }}
              rw={rw}
              today={today}
              ids={ids}
              texts={props.barTexts}
              labelOf={props.labelOf}
              laneLabelOf={props.laneNameOf}
              activeKey={null}
              hrefOf={props.hrefOf}
            />
          </g>
        </g>
      </g>
      <g transform={`translate(8 ${TITLE_HEIGHT + AXIS_HEIGHT + bodyHeight + 8})`}>
        {props.statusLabels.map(([status, label], i) => (
          <g key={status} transform={`translate(${(i % perLine) * LEGEND_ITEM.width} ${Math.floor(i / perLine) * LEGEND_ITEM.height})`}>
            <StatusSwatch status={status} ids={ids} />
            <text x={52} y={12} fontSize={12} fill={SVG_THEME.text}>
              {label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
