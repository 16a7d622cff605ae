import { memo } from 'react';
import type { AgreementStatus } from '@akkoord/shared/domain/enums';
import type { BarMarker, BarSegment, TimelineBar } from '../model/bar-geometry.ts';
import { MARKER_INK, STATUS_STYLES, type StatusStyle } from '../model/status-style.ts';
import { BAR_HEIGHT, BAR_TOP, CHAR_WIDTH, fitText, LABEL_BASELINE, STRIPE_HEIGHT, SVG_THEME, xOf, type DayScale } from './geometry.ts';
import type { DefIds } from './timeline-defs.tsx';

export interface BarTexts {
  endUnknown: string;
  nextPeriod: string;
  nextPeriodMaybe: string;
}

export interface TimelineBarProps {
  bar: TimelineBar;
  /** Unique per drawn bar: "<row>:<agreement id>" (by organisation an agreement has a bar in several lanes). */
  barKey: string;
  laneKey: string;
  y: number;
  scale: DayScale;
  /** Left edge of the visible window in the same x coordinates: labels stick to it. */
  stickyX: number;
  /** Where the next bar in the row begins (labels stop there). */
  limitX: number;
  ids: DefIds;
  texts: BarTexts;
  label: string;
  tabbable: boolean;
  href: string;
}

function SegmentShape({
  segment,
  x0,
  x1,
  style,
  ids,
  status,
  draft,
  nextKnown,
}: {
  segment: BarSegment;
  x0: number;
  x1: number;
  style: StatusStyle;
  ids: DefIds;
  status: AgreementStatus;
  draft: boolean;
  nextKnown: boolean | null;
}) {
  const width = Math.max(1, x1 - x0);
  if (segment.kind === 'next') {
    // A next period of unknown length fades out like an unknown end.
    return (
      <rect
        mask={nextKnown ? undefined : `url(#${ids.fadeOut})`}
        className="akk-tl-next"
        x={x0 + 0.75}
        y={BAR_TOP + 0.75}
        width={Math.max(1, width - 1.5)}
        height={BAR_HEIGHT - 1.5}
        fill="#fff"
        stroke={style.ink}
        strokeWidth={1.5}
        strokeDasharray="5 3"
      />
    );
  }
  const body = (
    <>
      <rect x={x0} y={BAR_TOP} width={width} height={BAR_HEIGHT} fill={style.fill} />
      {style.pattern !== 'none' ? <rect x={x0} y={BAR_TOP} width={width} height={BAR_HEIGHT} fill={`url(#${ids.pattern(status)})`} /> : null}
      {draft ? (
        <rect x={x0 + 0.75} y={BAR_TOP + 0.75} width={Math.max(1, width - 1.5)} height={BAR_HEIGHT - 1.5} fill="none" stroke={style.ink} strokeWidth={1.5} strokeDasharray="4 2" />
      ) : (
        <rect x={x0} y={BAR_TOP + BAR_HEIGHT - STRIPE_HEIGHT} width={width} height={STRIPE_HEIGHT} fill={style.ink} />
      )}
    </>
  );
  if (segment.kind === 'fade-in') return <g mask={`url(#${ids.fadeIn})`}>{body}</g>;
  if (segment.kind === 'fade-out') return <g mask={`url(#${ids.fadeOut})`}>{body}</g>;
  if (segment.kind === 'open') {
    // An arrowhead where the drawing stops: the term runs on.
    return (
      <>
        {body}
        <path d={`M${x1 - 1},${BAR_TOP - 2} l7,${BAR_HEIGHT / 2 + 2} l-7,${BAR_HEIGHT / 2 + 2} z`} fill={style.ink} />
      </>
    );
  }
  return body;
}

function Marker({ marker, scale }: { marker: BarMarker; scale: DayScale }) {
  const x = xOf(scale, marker.from);
  const cy = BAR_TOP + BAR_HEIGHT / 2;
  const ink = MARKER_INK[marker.kind];
  const span = marker.exact ? null : <rect x={x} y={BAR_TOP + BAR_HEIGHT + 1} width={Math.max(2, xOf(scale, marker.to) - x)} height={2} fill={ink} />;
  const fill = marker.exact ? ink : '#fff';
  return (
    <g className={`akk-tl-marker akk-tl-marker--${marker.kind}`}>
      {span}
      {marker.kind === 'notice' ? (
        <path d={`M${x},${cy - 7} l6,7 l-6,7 l-6,-7 z`} fill={fill} stroke={marker.exact ? '#fff' : ink} strokeWidth={marker.exact ? 1 : 2} />
      ) : (
        <circle cx={x} cy={cy} r={5} fill={fill} stroke={marker.exact ? '#fff' : ink} strokeWidth={marker.exact ? 1 : 2} />
      )}
    </g>
  );
}

/**
 * One agreement: its segments (fading where a date is partial or unknown,
 * dashed for the period a tacit renewal would add), term boundaries,
 * deadline and review markers, and its title above the bar. A link: Enter
 * or a click opens the agreement; arrow keys move between bars.
 */
export const TimelineBarShape = memo(function TimelineBarShape({ bar, barKey, laneKey, y, scale, stickyX, limitX, ids, texts, label, tabbable, href }: TimelineBarProps) {
  const a = bar.agreement;
  const style = STATUS_STYLES[a.status];
  const x0 = xOf(scale, bar.from);
  const x1 = xOf(scale, bar.to);
  const labelX = Math.max(x0, Math.min(stickyX, x1 - 40)) + 2;
  const title = fitText(a.title, Math.max(x1, limitX) - labelX - 8, CHAR_WIDTH.label);
  const fadeOut = bar.endKind === 'unknown' ? bar.segments.find((s) => s.kind === 'fade-out') : undefined;
  const next = bar.segments.find((s) => s.kind === 'next');
  const inBarText = (segment: BarSegment | undefined, text: string) => {
    if (!segment) return null;
    const sx0 = Math.max(xOf(scale, segment.from), stickyX);
    const fitted = fitText(text, xOf(scale, segment.to) - sx0 - 8, CHAR_WIDTH.small);
    return fitted ? (
      <text x={sx0 + 4} y={BAR_TOP + BAR_HEIGHT - 4.5} fontSize={10.5} fontStyle="italic" fill={SVG_THEME.text}>
        {fitted}
      </text>
    ) : null;
  };
  // The texts are drawn beside the link, not inside it: the link's name is the full
  // description (aria-label), and visible text inside it would have to be part of
  // that name word for word (WCAG 2.5.3). Clicks pass through the texts to the bar.
  return (
    <>
      <a href={href} className="akk-tl-bar" data-key={barKey} data-agreement-id={a.id} data-lane={laneKey} data-status={a.status} tabIndex={tabbable ? 0 : -1} aria-label={label}>
        <g transform={`translate(0 ${y})`}>
          <rect x={x0 - 4} y={0} width={Math.max(8, x1 - x0 + 8)} height={BAR_TOP + BAR_HEIGHT + 4} fill="#fff" fillOpacity={0} />
          {bar.segments.map((s, i) => (
            <SegmentShape
              key={i}
              segment={s}
              x0={xOf(scale, s.from)}
              x1={xOf(scale, s.to)}
              style={style}
              ids={ids}
              status={a.status}
              draft={a.status === 'draft'}
              nextKnown={bar.nextKnown}
            />
          ))}
          {bar.boundaries.map((day) => (
            <line
              key={day}
              className="akk-tl-boundary"
              x1={xOf(scale, day)}
              x2={xOf(scale, day)}
              y1={BAR_TOP - 3}
              y2={BAR_TOP + BAR_HEIGHT + 1}
              stroke={style.ink}
              strokeWidth={2}
            />
          ))}
          {bar.markers.map((m) => (
            <Marker key={m.kind} marker={m} scale={scale} />
          ))}
          <rect
            className="akk-tl-bar__focus"
            x={x0 - 3}
            y={1}
            width={Math.max(8, x1 - x0 + 6)}
            height={BAR_TOP + BAR_HEIGHT + 2}
            rx={3}
            fill="none"
            stroke={SVG_THEME.focus}
            strokeWidth={2}
            strokeOpacity={0}
          />
        </g>
      </a>
      <g className="akk-tl-bar-text" data-for={barKey} transform={`translate(0 ${y})`} aria-hidden="true" pointerEvents="none">
        {title ? (
          <text x={labelX} y={LABEL_BASELINE} fontSize={12} fill={SVG_THEME.text}>
            {title}
          </text>
        ) : null}
        {inBarText(fadeOut, texts.endUnknown)}
        {inBarText(next, bar.nextKnown ? texts.nextPeriod : texts.nextPeriodMaybe)}
      </g>
    </>
  );
});
