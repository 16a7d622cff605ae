import { useId, type RefObject } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { LANE_GROUPINGS, type LaneGrouping } from '../model/lanes.ts';
import { panBy, viewAround, zoomToLevel, ZOOM_LEVELS, type ZoomLevel } from '../model/zoom.ts';
import type { TimelineChartHandle } from './timeline-chart.tsx';
import type { TimelineSettings } from '../model/settings.ts';

/** Lanes, zoom, earlier/today/later, chart or table, and export: every gesture of the chart has a button too. */
export function TimelineToolbar({
  settings,
  onSettingsChange,
  level,
  chart,
  today,
  compact,
  canExport,
  onExport,
}: {
  settings: TimelineSettings;
  onSettingsChange: (next: TimelineSettings) => void;
  level: ZoomLevel;
  chart: RefObject<TimelineChartHandle | null>;
  today: number;
  compact?: boolean;
  canExport: boolean;
  onExport: (job: 'svg' | 'png' | 'print') => void;
}) {
  const t = useT();
  const id = useId();
  const isChart = settings.mode === 'chart';
  return (
    <div className={compact ? 'akk-tl-toolbar akk-tl-toolbar--compact' : 'akk-tl-toolbar'}>
      <FormField id={`${id}-lanes`} label={t('timeline.lanes')} className="akk-tl-toolbar__lanes">
        <Select
          value={settings.grouping}
          onChange={(e) => onSettingsChange({ ...settings, grouping: e.target.value as LaneGrouping })}
          options={LANE_GROUPINGS.map((g) => ({ value: g, label: t(`timeline.lanes.${g}`) }))}
        />
      </FormField>
      <ButtonGroup label={t('timeline.view')}>
        {(['chart', 'table'] as const).map((mode) => (
          <Button
            key={mode}
            appearance={settings.mode === mode ? 'primary' : 'secondary'}
            aria-pressed={settings.mode === mode}
            onClick={() => onSettingsChange({ ...settings, mode })}
          >
            {t(`timeline.view.${mode}`)}
          </Button>
        ))}
      </ButtonGroup>
      {isChart ? (
        <>
          <ButtonGroup label={t('timeline.zoom')}>
            {ZOOM_LEVELS.map((z) => (
              <Button
                key={z}
                appearance={level === z ? 'primary' : 'secondary'}
                aria-pressed={level === z}
                onClick={() => {
                  chart.current?.setView((v) => zoomToLevel(v, z));
                  onSettingsChange({ ...settings, zoom: z });
                }}
              >
                {t(`timeline.zoom.${z}`)}
              </Button>
            ))}
          </ButtonGroup>
          <ButtonGroup label={t('timeline.pan')}>
            <Button onClick={() => chart.current?.setView((v) => panBy(v, -0.5))}>{t('timeline.pan.earlier')}</Button>
            <Button onClick={() => chart.current?.setView((v) => viewAround(today, v.span, 1 / 3))}>{t('timeline.pan.today')}</Button>
            <Button onClick={() => chart.current?.setView((v) => panBy(v, 0.5))}>{t('timeline.pan.later')}</Button>
          </ButtonGroup>
        </>
      ) : null}
      <ButtonGroup label={t('timeline.export')}>
        <Button disabled={!canExport} onClick={() => onExport('svg')}>
          {t('timeline.export.svg')}
        </Button>
        <Button disabled={!canExport} onClick={() => onExport('png')}>
          {t('timeline.export.png')}
        </Button>
        <Button disabled={!canExport} onClick={() => onExport('print')}>
          {t('timeline.export.print')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
