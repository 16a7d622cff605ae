import { LANE_GROUPINGS, type LaneGrouping } from './lanes.ts';
import { ZOOM_LEVELS, type ZoomLevel } from './zoom.ts';

export type TimelineMode = 'chart' | 'table';

/** How the timeline is shown; on /timeline these live in the URL next to the register's filters. */
export interface TimelineSettings {
  grouping: LaneGrouping;
  zoom: ZoomLevel;
  mode: TimelineMode;
}

export const DEFAULT_TIMELINE_SETTINGS: TimelineSettings = { grouping: 'collaboration', zoom: 'years', mode: 'chart' };

const pick = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/** Reads `lanes`, `zoom` and `view` from URL search params (unknown values fall back to the defaults). */
export function settingsFromSearch(params: URLSearchParams, defaults: TimelineSettings = DEFAULT_TIMELINE_SETTINGS): TimelineSettings {
  return {
    grouping: pick(LANE_GROUPINGS, params.get('lanes'), defaults.grouping),
    zoom: pick(ZOOM_LEVELS, params.get('zoom'), defaults.zoom),
    mode: pick(['chart', 'table'] as const, params.get('view'), defaults.mode),
  };
}

/** Writes the non-default settings into a copy of the params, keeping the register's filters. */
export function settingsToSearch(params: URLSearchParams, settings: TimelineSettings, defaults: TimelineSettings = DEFAULT_TIMELINE_SETTINGS): URLSearchParams {
  const next = new URLSearchParams(params);
  const entries: [string, string, string][] = [
    ['lanes', settings.grouping, defaults.grouping],
    ['zoom', settings.zoom, defaults.zoom],
    ['view', settings.mode, defaults.mode],
  ];
  for (const [key, value, fallback] of entries) {
    if (value === fallback) next.delete(key);
    else next.set(key, value);
  }
  return next;
}
