import { memo } from 'react';
import { ticksBetween, tickUnitFor, type Tick } from '../model/ticks.ts';
import { MARKER_INK } from '../model/status-style.ts';
import { AXIS_HEIGHT, SVG_THEME } from './geometry.ts';

export interface AxisTexts {
  today: string;
  quarter: (quarter: number) => string;
  month: (month: number) => string;
}

export function tickLabel(tick: Tick, texts: AxisTexts): string {
  if (tick.unit === 'month') return tick.month === 1 ? String(tick.year) : texts.month(tick.month);
  if (tick.unit === 'quarter') return tick.month === 1 ? `${String(tick.year)} ${texts.quarter(1)}` : texts.quarter((tick.month + 2) / 3);
  return String(tick.year);
}

export interface TimelineAxisProps {
  start: number;
  span: number;
  plotWidth: number;
  labelWidth: number;
  today: number;
  texts: AxisTexts;
  /** The lanes' column heading. */
  laneHeading: string;
}

/** The time axis above the lanes: ticks at calendar boundaries, labels for the period each tick starts, and today. */
export const TimelineAxis = memo(function TimelineAxis({ start, span, plotWidth, labelWidth, today, texts, laneHeading }: TimelineAxisProps) {
  const pxPerDay = plotWidth / span;
  const ticks = ticksBetween(start - span * 0.2, start + span, tickUnitFor(pxPerDay));
  const x = (day: number) => labelWidth + (day - start) * pxPerDay;
  const todayX = x(today);
  return (
    <g className="akk-tl-axis">
      <rect x={0} y={0} width={labelWidth + plotWidth} height={AXIS_HEIGHT} fill="#fff" />
      <svg x={labelWidth} y={0} width={plotWidth} height={AXIS_HEIGHT} overflow="hidden">
        {ticks.map((tick) => {
          const tx = x(tick.day) - labelWidth;
          return (
            <g key={tick.day}>
              <line x1={tx} x2={tx} y1={tick.major ? 0 : 8} y2={AXIS_HEIGHT} stroke={tick.major ? SVG_THEME.tickMajor : SVG_THEME.tick} />
              <text x={tx + 4} y={14} fontSize={11} fontWeight={tick.major ? 700 : 400} fill={tick.major ? SVG_THEME.text : SVG_THEME.mutedText}>
                {tickLabel(tick, texts)}
              </text>
            </g>
          );
        })}
        {todayX >= labelWidth && todayX <= labelWidth + plotWidth ? (
          <g className="akk-tl-today-tag">
            <path d={`M${todayX - labelWidth},${AXIS_HEIGHT} l-5,-6 h10 z`} fill={MARKER_INK.today} />
            <text x={todayX - labelWidth} y={AXIS_HEIGHT - 9} textAnchor="middle" fontSize={11} fontWeight={700} fill={SVG_THEME.text}>
              {texts.today}
            </text>
          </g>
        ) : null}
      </svg>
      <text x={8} y={AXIS_HEIGHT - 10} fontSize={12} fontWeight={700} fill={SVG_THEME.text}>
        {laneHeading}
      </text>
      <line x1={0} x2={labelWidth + plotWidth} y1={AXIS_HEIGHT - 0.5} y2={AXIS_HEIGHT - 0.5} stroke={SVG_THEME.tickMajor} />
    </g>
  );
});
