/**
 * The visible time window: `start` (epoch day, may be fractional) and
 * `span` (days across the plot). Zoom levels are spans; pan moves start.
 */
export interface TimeView {
  start: number;
  span: number;
}

export const ZOOM_LEVELS = ['years', 'quarters', 'months'] as const;
export type ZoomLevel = (typeof ZOOM_LEVELS)[number];

const YEAR = 365.2425;

/** Days across the plot at each zoom level: ten years, three years (twelve quarters), one year (twelve months). */
export const LEVEL_SPANS: Record<ZoomLevel, number> = { years: 10 * YEAR, quarters: 3 * YEAR, months: YEAR };

/** Zoom limits: from two months to sixty years across. */
export const MIN_SPAN = 60;
export const MAX_SPAN = 60 * YEAR;

export function clampSpan(span: number): number {
  return Math.min(MAX_SPAN, Math.max(MIN_SPAN, span));
}

/** The zoom level whose span is closest (on a log scale) to the current one. */
export function levelOf(span: number): ZoomLevel {
  let best: ZoomLevel = 'years';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const level of ZOOM_LEVELS) {
    const distance = Math.abs(Math.log(span / LEVEL_SPANS[level]));
    if (distance < bestDistance) {
      best = level;
      bestDistance = distance;
    }
  }
  return best;
}

/** Zooms by `factor` (< 1 zooms in) keeping `anchorDay` at the same place on screen. */
export function zoomAround(view: TimeView, factor: number, anchorDay: number = view.start + view.span / 2): TimeView {
  const span = clampSpan(view.span * factor);
  const ratio = (anchorDay - view.start) / view.span;
  return { start: anchorDay - ratio * span, span };
}

/** Sets a zoom level, keeping the centre of the window where it is. */
export function zoomToLevel(view: TimeView, level: ZoomLevel): TimeView {
  return zoomAround(view, LEVEL_SPANS[level] / view.span);
}

/** Pans by a fraction of the window (positive = later). */
export function panBy(view: TimeView, fraction: number): TimeView {
  return { start: view.start + fraction * view.span, span: view.span };
}

/** A window of the given span that puts `day` at `at` (0 = left edge, 1 = right edge). */
export function viewAround(day: number, span: number, at = 0.5): TimeView {
  return { start: day - at * span, span };
}

/**
 * The first window: the level's span, placed so the drawn agreements and
 * today are in view when they fit; otherwise today a third from the left.
 */
export function initialView(level: ZoomLevel, today: number, extent: { from: number; to: number } | null, window?: { from?: number; to?: number }): TimeView {
  if (window?.from !== undefined || window?.to !== undefined) {
    const from = window.from ?? (window.to as number) - LEVEL_SPANS[level];
    const to = window.to ?? from + LEVEL_SPANS[level];
    const span = clampSpan(to - from);
    return { start: from - span * 0.02, span: span * 1.04 };
  }
  const span = LEVEL_SPANS[level];
  if (!extent) return viewAround(today, span, 1 / 3);
  const from = Math.min(extent.from, today);
  const to = Math.max(Math.min(extent.to, today + span), today + 30);
  const margin = span * 0.03;
  if (to - from + 2 * margin <= span) return { start: from - margin - (span - (to - from + 2 * margin)) / 2, span };
  return viewAround(today, span, 1 / 3);
}
