import { CHAIN_THEME } from './chain-svg-theme.ts';

let context: CanvasRenderingContext2D | null | undefined;

/**
 * The rendered width of a text in the chain's font (canvas measureText), or
 * an estimate where no canvas is available (tests). Used to squeeze a line
 * that would overflow its box instead of letting it run over the border.
 */
export function measureText(text: string, size: number, bold = false): number {
  if (context === undefined) {
    try {
      context = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    } catch {
      context = null;
    }
  }
  if (!context) return text.length * size * (bold ? 0.62 : 0.55);
  context.font = `${bold ? 700 : 400} ${size}px ${CHAIN_THEME.font}`;
  return context.measureText(text).width;
}

/** SVG attributes that fit a text line into `maxWidth` (only when it would not fit as it is). */
export function fitWidth(text: string, size: number, maxWidth: number, bold = false): { textLength?: number; lengthAdjust?: 'spacingAndGlyphs' } {
  return measureText(text, size, bold) > maxWidth ? { textLength: maxWidth, lengthAdjust: 'spacingAndGlyphs' } : {};
}
