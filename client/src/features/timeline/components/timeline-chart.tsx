import { useCallback, useEffect, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';
import type { Lane, TimelineLayout } from '../model/lanes.ts';
import { barKeyOf, findBar, neighbourOf, parseBarKey, type Direction } from '../model/navigation.ts';
import { visibleRowRange } from '../model/visible.ts';
import { levelOf, panBy, viewAround, zoomAround, type TimeView } from '../model/zoom.ts';
import type { TimelineBar } from '../model/bar-geometry.ts';
import { AXIS_HEIGHT, BAR_HEIGHT, BAR_TOP, ROW_HEIGHT } from './geometry.ts';
import { TimelineAxis, type AxisTexts } from './timeline-axis.tsx';
import { TimelineBars, TimelineLanes, type RenderWindow } from './timeline-body.tsx';
import type { BarTexts } from './timeline-bar.tsx';
import { defIds, safeIdPrefix, TimelineDefs } from './timeline-defs.tsx';
import { TimelineTooltip, type TooltipState } from './timeline-tooltip.tsx';
import type { AgreementFacts } from './use-agreement-facts.ts';
import { usePanZoom } from './use-pan-zoom.ts';

/** Imperative handle for the toolbar (zoom buttons, earlier/later, today). */
export interface TimelineChartHandle {
  setView: (update: (view: TimeView) => TimeView) => void;
}

export interface TimelineChartProps {
  layout: TimelineLayout;
  width: number;
  initialView: TimeView;
  today: number;
  laneHeading: string;
  laneNameOf: (lane: Lane) => string;
  laneCountOf: (lane: Lane) => string;
  labelOf: (bar: TimelineBar) => string;
  factsOf: (bar: TimelineBar) => AgreementFacts;
  hrefOf: (id: number) => string;
  onOpen: (id: number) => void;
  onViewChange?: (view: TimeView) => void;
  maxHeight: number;
  barTexts: BarTexts;
  axisTexts: AxisTexts;
  ref?: Ref<TimelineChartHandle>;
}

const OVERSCAN_PX = 320;
const ROW_CHUNK = 12;

function labelColumnWidth(width: number): number {
  return Math.round(Math.min(200, Math.max(92, width * 0.18)));
}

/**
 * The drawn timeline: the axis, lanes and the bars in view. Only rows near
 * the scrolled window and bars within a time window around the visible one
 * are in the DOM; panning inside that window moves a transform only.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { layout, width, initialView, today, onOpen, onViewChange, ref } = props;
  const t = useT();
  const prefix = safeIdPrefix(useId());
  const ids = useMemo(() => defIds(prefix), [prefix]);
  const labelWidth = labelColumnWidth(width);
  const plotWidth = Math.max(80, width - labelWidth);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const { view, setView, settle, onPointerDown, onPointerMove, onPointerUp, onPointerCancel, consumeDragClick } = usePanZoom(initialView, plotWidth, labelWidth, scrollerRef);
  const [scroll, setScroll] = useState({ top: 0, height: props.maxHeight });
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [tooltip, setTooltip] = useState<TooltipState | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const hideTimer = useRef(0);

  useImperativeHandle(ref, () => ({ setView: (update) => setView(update) }), [setView]);
  // Tell the page once a gesture settles (zoom buttons, the window read out to screen readers), not every frame.
  const viewRef = useRef(view);
  useLayoutEffect(() => {
    viewRef.current = view;
  });
  const level = levelOf(view.span);
  useEffect(() => onViewChange?.(viewRef.current), [settle, level, onViewChange]);

  // The render window: rebuilt on zoom, when the view nears its edge, or once a gesture settles.
  const pxPerDay = plotWidth / view.span;
  const rwRef = useRef<RenderWindow | null>(null);
  let rw = rwRef.current;
  if (!rw || rw.pxPerDay !== pxPerDay || rw.settle !== settle || view.start < rw.from + view.span * 0.1 || view.start + view.span > rw.to - view.span * 0.1) {
    rw = { origin: view.start, from: view.start - view.span, to: view.start + 2 * view.span, pxPerDay, settle };
  }
  const renderWindow = rw;
  useLayoutEffect(() => {
    rwRef.current = renderWindow;
  });

  const rowsExact = visibleRowRange(layout, scroll.top - OVERSCAN_PX, scroll.top + scroll.height + OVERSCAN_PX, ROW_HEIGHT);
  const firstChunk = Math.floor(rowsExact.first / ROW_CHUNK) * ROW_CHUNK;
  const endChunk = Math.min(layout.rows.length, Math.ceil(rowsExact.end / ROW_CHUNK) * ROW_CHUNK);
  const rows = useMemo(() => ({ first: firstChunk, end: endChunk }), [firstChunk, endChunk]);

  const onScroll = useCallback(() => {
    const el = scrollerRef.current;
    if (el) setScroll({ top: el.scrollTop, height: el.clientHeight });
  }, []);
  useLayoutEffect(onScroll, [onScroll, layout]);

  // Focus the bar arrow keys moved to, once it is rendered.
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const el = scrollerRef.current?.querySelector<SVGAElement>(`[data-key="${key}"]`);
    if (el) {
      pendingFocus.current = null;
      el.focus({ preventScroll: true });
    }
  });

  const barOf = useCallback(
    (key: string | null) => {
      const ref = key ? parseBarKey(key) : null;
      return ref ? findBar(layout, ref) : null;
    },
    [layout],
  );

  /** Brings a bar into view (pans and scrolls as needed) and focuses it. */
  const moveTo = useCallback(
    (key: string) => {
      const ref = parseBarKey(key);
      const bar = ref ? findBar(layout, ref) : null;
      const el = scrollerRef.current;
      if (!ref || !bar || !el) return;
      setActiveKey(key);
      pendingFocus.current = key;
      const v = view;
      const visibleTo = Math.min(bar.to, v.start + v.span * 10);
      if (bar.from > v.start + v.span * 0.9 || visibleTo < v.start + v.span * 0.1) setView(viewAround(bar.from, v.span, 0.25));
      const y = (layout.rows[ref.row] as { y: number }).y;
      if (y < el.scrollTop) el.scrollTop = y - 8;
      else if (y + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = y + ROW_HEIGHT - el.clientHeight + 8;
    },
    [layout, view, setView],
  );

  const firstVisibleKey = useCallback((): string | null => {
    const el = scrollerRef.current?.querySelector<SVGAElement>('a[data-key]');
    return el?.dataset.key ?? null;
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const arrows: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    const direction = arrows[e.key];
    const focusedKey = (e.target as Element).closest?.('a[data-key]')?.getAttribute('data-key') ?? null;
    if (direction) {
      e.preventDefault();
      if (!focusedKey) {
        const first = firstVisibleKey();
        if (first) moveTo(first);
        return;
      }
      const next = neighbourOf(layout, parseBarKey(focusedKey)!, direction, view.start + view.span);
      if (next) moveTo(barKeyOf(next));
      return;
    }
    const zoomKeys: Record<string, number> = { '+': 0.5, '=': 0.5, '-': 2, _: 2 };
    if (zoomKeys[e.key]) {
      e.preventDefault();
      setView((v) => zoomAround(v, zoomKeys[e.key] as number));
    } else if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      setView((v) => panBy(v, e.key === 'PageUp' ? -0.5 : 0.5));
    } else if (e.key === 'Home') {
      e.preventDefault();
      setView((v) => viewAround(today, v.span, 1 / 3));
    } else if (e.key === 'Escape') {
      setTooltip(null);
    }
  };

  const showTooltipFor = (target: Element, byFocus: boolean, clientX?: number) => {
    const a = target.closest('a[data-key]');
    const key = a?.getAttribute('data-key');
    const bar = barOf(key ?? null);
    const box = scrollerRef.current?.getBoundingClientRect();
    if (!key || !bar || !box) return;
    window.clearTimeout(hideTimer.current);
    const ref = parseBarKey(key)!;
    const rowY = (layout.rows[ref.row] as { y: number }).y;
    const barX = labelWidth + (Math.max(bar.from, view.start) - view.start) * pxPerDay;
    const x = clientX !== undefined ? clientX - box.left - 40 : barX;
    const rowTop = AXIS_HEIGHT + rowY - (scrollerRef.current?.scrollTop ?? 0);
    // In the lower half of the chart the facts open above the bar, so they stay in view.
    const above = rowTop > (AXIS_HEIGHT + box.height) / 2;
    setTooltip({ key, x, y: above ? rowTop - 4 : rowTop + BAR_TOP + BAR_HEIGHT + 8, above, byFocus });
  };
  const hideSoon = () => {
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => setTooltip((tip) => (tip?.byFocus ? tip : null)), 250);
  };

  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const a = (e.target as Element).closest('a[data-key]');
    if (!a) return;
    if (consumeDragClick()) {
      e.preventDefault();
      return;
    }
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen(Number(a.getAttribute('data-agreement-id')));
  };

  const { laneNameOf, laneCountOf } = props;
  const laneGroupLabel = useCallback((lane: Lane) => `${laneNameOf(lane)}: ${laneCountOf(lane)}`, [laneNameOf, laneCountOf]);
  const tipBar = tooltip ? barOf(tooltip.key) : null;
  const helpId = `${prefix}-help`;
  const totalWidth = labelWidth + plotWidth;

  return (
    <div className="akk-tl-chart" data-zoom={level}>
      <p id={helpId} className="app-visually-hidden">
        {t('timeline.keyboardHelp')}
      </p>
      <svg className="akk-tl-axis-svg" width={totalWidth} height={AXIS_HEIGHT} aria-hidden="true">
        <TimelineAxis start={view.start} span={view.span} plotWidth={plotWidth} labelWidth={labelWidth} today={today} texts={props.axisTexts} laneHeading={props.laneHeading} />
      </svg>
      <div
        ref={scrollerRef}
        className="akk-tl-scroller"
        style={{ maxHeight: props.maxHeight }}
        tabIndex={0}
        role="group"
        aria-label={t('timeline.chartLabel', { count: layout.lanes.reduce((n, l) => n + l.count, 0) })}
        aria-describedby={helpId}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
      >
        <svg
          className="akk-tl-body"
          width={totalWidth}
          height={Math.max(layout.height + 8, 40)}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerCancel}
          onClick={onClick}
          onMouseOver={(e) => showTooltipFor(e.target as Element, false, e.clientX)}
          onMouseOut={hideSoon}
          onFocus={(e) => {
            const key = (e.target as Element).closest('a[data-key]')?.getAttribute('data-key');
            if (key) {
              setActiveKey(key);
              showTooltipFor(e.target as Element, true);
            }
          }}
          onBlur={() => setTooltip(null)}
        >
          <TimelineDefs ids={ids} />
          <clipPath id={ids.clip}>
            <rect x={labelWidth} y={0} width={plotWidth} height={layout.height + 8} />
          </clipPath>
          <TimelineLanes
            layout={layout}
            top={scroll.top}
            bottom={scroll.top + scroll.height}
            labelWidth={labelWidth}
            totalWidth={totalWidth}
            nameOf={props.laneNameOf}
            countOf={props.laneCountOf}
          />
          <g clipPath={`url(#${ids.clip})`}>
            <g transform={`translate(${labelWidth + (renderWindow.origin - view.start) * pxPerDay} 0)`}>
              <TimelineBars
                layout={layout}
                rows={rows}
                rw={renderWindow}
                today={today}
                ids={ids}
                texts={props.barTexts}
                labelOf={props.labelOf}
                laneLabelOf={laneGroupLabel}
                activeKey={activeKey}
                hrefOf={props.hrefOf}
              />
            </g>
          </g>
        </svg>
      </div>
      {tipBar && tooltip ? (
        <TimelineTooltip
          bar={tipBar}
          facts={props.factsOf(tipBar)}
          x={tooltip.x}
          y={tooltip.y}
          above={tooltip.above}
          containerWidth={totalWidth}
          onPointerEnter={() => window.clearTimeout(hideTimer.current)}
          onPointerLeave={hideSoon}
        />
      ) : null}
    </div>
  );
}
