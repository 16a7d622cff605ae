/** Vertical geometry of a row: the title above, the bar below it. */
export const ROW_HEIGHT = 36;
export const LABEL_BASELINE = 13;
export const BAR_TOP = 17;
export const BAR_HEIGHT = 15;
export const STRIPE_HEIGHT = 3;
export const AXIS_HEIGHT = 34;
export const LANE_GAP = 12;
/** Average advance of a character at the label sizes used (for truncation without measuring). */
export const CHAR_WIDTH = { label: 6.7, small: 6.1 } as const;

/** Maps days to x within the rendered window: x = (day − origin) × pxPerDay, infinities clamped. */
export interface DayScale {
  origin: number;
  pxPerDay: number;
  /** Days beyond these are drawn at these (open-ended terms). */
  minDay: number;
  maxDay: number;
}

export function xOf(scale: DayScale, day: number): number {
  const clamped = Math.min(scale.maxDay, Math.max(scale.minDay, day));
  return (clamped - scale.origin) * scale.pxPerDay;
}

/** Text cut to fit `width` px, with an ellipsis; '' when not even a few characters fit. */
export function fitText(text: string, width: number, charWidth: number): string {
  const max = Math.floor(width / charWidth);
  if (max >= text.length) return text;
  if (max < 4) return '';
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Colours and type of the drawing as SVG presentation attributes (not CSS
 * classes), so an exported SVG or PNG looks exactly like the screen.
 * Text colours have at least 4.5:1 contrast on white.
 */
export const SVG_THEME = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  text: '#0b0c0c',
  mutedText: '#4b5257',
  tick: '#8a9197',
  tickMajor: '#4b5257',
  grid: '#e3e6e8',
  gridMajor: '#c4c9cd',
  laneBand: '#ffffff',
  laneBandOdd: '#f4f6f7',
  separator: '#a9b0b5',
  focus: '#0b0c0c',
} as const;
