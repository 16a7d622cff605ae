import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { AGREEMENT_STATUSES } from '@akkoord/shared/domain/enums';
import { fromEpochDay, toEpochDay } from '@akkoord/shared/dates/calendar-day';
import type { Query } from '../../../lib/api-client.ts';
import { todayInAmsterdam } from '../../../lib/format/dates.ts';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useLanguage, useT } from '../../../lib/i18n/use-t.ts';
import { NUMBER_LOCALE } from '../../../lib/i18n/translate.ts';
import { downloadPng, downloadSvg, exportFileName } from '../../../lib/svg-export.ts';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { QueryError } from '../../../components/ui/query-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { useTimelineAgreements } from '../api/list-timeline-agreements.ts';
import { DEFAULT_LAYOUT, layoutTimeline, type Lane } from '../model/lanes.ts';
import type { TimelineSettings } from '../model/settings.ts';
import { initialView, levelOf, type TimeView } from '../model/zoom.ts';
import type { TimelineBar } from '../model/bar-geometry.ts';
import { LANE_GAP, ROW_HEIGHT } from './geometry.ts';
import { TimelineChart, type TimelineChartHandle } from './timeline-chart.tsx';
import { TimelineExportSvg } from './timeline-export.tsx';
import { TimelineLegend } from './timeline-legend.tsx';
import { TimelineTable } from './timeline-table.tsx';
import { TimelineToolbar } from './timeline-toolbar.tsx';
import { useAgreementFacts } from './use-agreement-facts.ts';
import { useElementWidth } from './use-element-width.ts';
import './timeline.css';

export interface TimelineProps {
  /** The register's filters as an API query (collaboration, type, party, status, q, from, to, archived). */
  query: Query;
  /** The register's term window (from/to): the first view shows it. */
  window?: { from?: string; to?: string };
  settings: TimelineSettings;
  onSettingsChange: (next: TimelineSettings) => void;
  /** Names the drawing (region label, export title and file name). */
  title: string;
  /** Full names for collaboration lanes (code → name). */
  laneNames?: ReadonlyMap<string, string>;
  /** Embedded on another page: lower, fewer controls. */
  compact?: boolean;
}

type Job = 'svg' | 'png' | 'print' | null;

/**
 * The timeline of agreements (issue 6): lanes per collaboration,
 * organisation or type; bars from start to the current term's end with
 * honest partial dates; notice deadlines, reviews and today; zoom, pan,
 * keyboard access; a table with the same content; SVG/PNG export and print.
 */
export function Timeline({ query, window: termWindow, settings, onSettingsChange, title, laneNames, compact }: TimelineProps) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const data = useTimelineAgreements(query);
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const chartRef = useRef<TimelineChartHandle>(null);
  const exportRef = useRef<SVGSVGElement>(null);
  const [view, setView] = useState<TimeView | null>(null);
  const [job, setJob] = useState<Job>(null);
  const statusId = useId();
  const todayText = useMemo(() => todayInAmsterdam(), []);
  const today = toEpochDay(todayText);

  const layout = useMemo(
    () => layoutTimeline(data.agreements, settings.grouping, { ...DEFAULT_LAYOUT, rowHeight: ROW_HEIGHT, laneGap: LANE_GAP }),
    [data.agreements, settings.grouping],
  );
  const { factsOf: factsOfAgreement, summaryOf } = useAgreementFacts();
  const factsOf = useCallback((bar: TimelineBar) => factsOfAgreement(bar.agreement, bar), [factsOfAgreement]);
  const labelOf = useCallback((bar: TimelineBar) => summaryOf(bar.agreement, bar), [summaryOf]);
  const hrefOf = useCallback((id: number) => `/agreements/${id}`, []);
  const onOpen = useCallback((id: number) => navigate(`/agreements/${id}`), [navigate]);

  const laneNameOf = useCallback(
    (lane: Lane) => {
      if (settings.grouping === 'type') return t(`type.${lane.key as 'service'}`);
      if (lane.key === '') return t(settings.grouping === 'collaboration' ? 'timeline.lane.noCollaboration' : 'timeline.lane.noParties');
      if (settings.grouping === 'collaboration') {
        const name = laneNames?.get(lane.key);
        return name ? `${lane.key} — ${name}` : lane.key;
      }
      return lane.name;
    },
    [settings.grouping, laneNames, t],
  );
  const laneCountOf = useCallback((lane: Lane) => t('timeline.lane.count', { count: lane.count }), [t]);
  const barTexts = useMemo(() => ({ endUnknown: t('timeline.endUnknown'), nextPeriod: t('timeline.nextPeriod'), nextPeriodMaybe: t('timeline.nextPeriodMaybe') }), [t]);
  const axisTexts = useMemo(() => {
    const month = new Intl.DateTimeFormat(NUMBER_LOCALE[lang], { month: 'short', timeZone: 'UTC' });
    return {
      today: t('timeline.today'),
      quarter: (quarter: number) => t('timeline.quarter', { quarter }),
      month: (m: number) => month.format(new Date(Date.UTC(2000, m - 1, 1))),
    };
  }, [t, lang]);
  const laneHeading = t(`timeline.lanes.${settings.grouping}`);

  // The chart takes this as its first window when it mounts (once there is data); later it pans and zooms itself.
  const first = initialView(settings.zoom, today, layout.extent, {
    from: termWindow?.from ? toEpochDay(termWindow.from) : undefined,
    to: termWindow?.to ? toEpochDay(termWindow.to) : undefined,
  });

  const onViewChange = useCallback(
    (next: TimeView) => {
      setView(next);
      const level = levelOf(next.span);
      if (level !== settings.zoom) onSettingsChange({ ...settings, zoom: level });
    },
    [settings, onSettingsChange],
  );

  // Time from the last page parsed to the drawn timeline (User Timing, read by bench/timeline.bench.ts).
  const drawn = data.complete && width > 0 && settings.mode === 'chart' && data.agreements.length > 0;
  useLayoutEffect(() => {
    if (!drawn || performance.getEntriesByName('akkoord:timeline:data').length === 0) return;
    requestAnimationFrame(() => performance.measure('akkoord:timeline:draw', 'akkoord:timeline:data'));
  }, [drawn]);

  // Export and print render the full drawing once, then hand it over.
  useEffect(() => {
    const svg = exportRef.current;
    if (!job || !svg) return;
    if (job === 'svg') downloadSvg(svg, exportFileName(title, 'svg', todayText));
    else if (job === 'png') void downloadPng(svg, exportFileName(title, 'png', todayText));
    else window.print();
    setJob(null);
  }, [job, title, todayText]);

  const statuses = useMemo(() => AGREEMENT_STATUSES.filter((s) => data.agreements.some((a) => a.status === s)), [data.agreements]);
  const statusLabels = useMemo(() => statuses.map((s) => [s, t(`status.${s}`)] as [typeof s, string]), [statuses, t]);
  const shownView = view ?? first;
  const windowText = t('timeline.window', { from: f.date(fromEpoch(shownView.start)), to: f.date(fromEpoch(shownView.start + shownView.span)) });

  let body;
  if (data.error && !data.agreements.length) body = <QueryError error={data.error} onRetry={data.refetch} />;
  else if (data.isPending || width === 0) body = <Skeleton lines={compact ? 5 : 10} />;
  else if (!data.agreements.length) body = <EmptyState>{t('timeline.empty')}</EmptyState>;
  else if (settings.mode === 'table')
    body = (
      <TimelineTable
        layout={layout}
        caption={t('timeline.table.caption', { title, lanes: laneHeading.toLowerCase() })}
        laneNameOf={laneNameOf}
        laneCountOf={laneCountOf}
        factsOf={factsOf}
        hrefOf={hrefOf}
      />
    );
  else
    body = (
      <>
        <TimelineChart
          ref={chartRef}
          layout={layout}
          width={width}
          initialView={first}
          today={today}
          laneHeading={laneHeading}
          laneNameOf={laneNameOf}
          laneCountOf={laneCountOf}
          labelOf={labelOf}
          factsOf={factsOf}
          hrefOf={hrefOf}
          onOpen={onOpen}
          onViewChange={onViewChange}
          maxHeight={compact ? 380 : 640}
          barTexts={barTexts}
          axisTexts={axisTexts}
        />
        <TimelineLegend statuses={statuses} />
      </>
    );

  return (
    <div className="akk-timeline" data-grouping={settings.grouping} data-agreements={data.complete ? data.agreements.length : undefined}>
      <TimelineToolbar
        settings={settings}
        onSettingsChange={onSettingsChange}
        level={levelOf(shownView.span)}
        chart={chartRef}
        today={today}
        compact={compact}
        canExport={data.agreements.length > 0}
        onExport={setJob}
      />
      <p className="akk-timeline__status utrecht-paragraph" id={statusId} role="status" aria-live="polite" aria-atomic="true">
        {!data.complete && data.agreements.length ? t('timeline.loading', { loaded: data.agreements.length, total: data.total }) : ''}
        {data.complete && settings.mode === 'chart' ? windowText : ''}
      </p>
      {data.capped ? <Alert type="warning">{t('timeline.capped', { shown: data.agreements.length, total: data.total })}</Alert> : null}
      {layout.unplaced.length ? <p className="utrecht-paragraph akk-timeline__unplaced">{t('timeline.unplaced', { count: layout.unplaced.length })}</p> : null}
      <div ref={containerRef} className="akk-timeline__canvas">
        {body}
      </div>
      {job ? (
        <div className={job === 'print' ? 'akk-timeline__print' : 'akk-timeline__stage'} aria-hidden="true">
          <TimelineExportSvg
            ref={exportRef}
            layout={layout}
            view={shownView}
            width={Math.max(width, 720)}
            today={today}
            title={title}
            subtitle={windowText}
            laneHeading={laneHeading}
            laneNameOf={laneNameOf}
            laneCountOf={laneCountOf}
            labelOf={labelOf}
            hrefOf={hrefOf}
            statusLabels={statusLabels}
            barTexts={barTexts}
            axisTexts={axisTexts}
          />
        </div>
      ) : null}
    </div>
  );
}

const fromEpoch = (day: number): string => fromEpochDay(Math.round(day));
