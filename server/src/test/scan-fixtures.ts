import { createCanvas } from '@napi-rs/canvas';
import type { GreyImage } from './pdf-fixtures.ts';

/** A "scanned" page: these lines in black on white, 40 px DejaVu Sans (about 300 dpi for 10 pt), as a greyscale image and as PNG bytes. */
export function scannedText(lines: readonly string[]): { grey: GreyImage; png: Buffer } {
  const width = 1400;
  const height = 120 + lines.length * 70;
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#000';
  g.font = '40px DejaVu Sans';
  lines.forEach((line, i) => g.fillText(line, 40, 100 + i * 70));
  const rgba = g.getImageData(0, 0, width, height).data;
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = rgba[i * 4]!;
  return { grey: { width, height, pixels }, png: canvas.toBuffer('image/png') };
}
