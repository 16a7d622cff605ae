import fs from 'node:fs/promises';

/** A decoded image as pdf.js hands it over (`kind` 1: 1 bit per pixel, 1 = white; 2: RGB; 3: RGBA). */
export interface PdfImageData {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** Whether pdf.js gave raw pixels we can write out (not a bitmap or a mask). */
export function isPdfImageData(v: unknown): v is PdfImageData {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Partial<PdfImageData>;
  return (
    typeof o.width === 'number' &&
    typeof o.height === 'number' &&
    (o.kind === 1 || o.kind === 2 || o.kind === 3) &&
    (o.data instanceof Uint8Array || o.data instanceof Uint8ClampedArray)
  );
}

/**
 * Writes a decoded page image as a Netpbm file (PBM for 1 bit, PPM for
 * colour), a format tesseract (leptonica) reads without any other tool: the
 * pixels pdf.js decoded (JPEG, CCITT, JBIG2, Flate alike) go to OCR as they are.
 */
export async function writeNetpbm(image: PdfImageData, file: string): Promise<void> {
  const { width, height, kind, data } = image;
  if (kind === 1) {
    // pdf.js: rows padded to whole bytes, bit 1 = white; PBM: the same rows, bit 1 = black.
    const rowBytes = (width + 7) >> 3;
    const pixels = Buffer.alloc(rowBytes * height);
    for (let i = 0; i < pixels.length; i++) pixels[i] = ~(data[i] ?? 0) & 0xff;
    await fs.writeFile(file, Buffer.concat([Buffer.from(`P4\n${width} ${height}\n`, 'latin1'), pixels]));
    return;
  }
  let rgb: Uint8Array;
  if (kind === 2) rgb = new Uint8Array(data.buffer, data.byteOffset, Math.min(data.length, width * height * 3));
  else {
    rgb = new Uint8Array(width * height * 3);
    for (let s = 0, d = 0; d < rgb.length; s += 4, d += 3) {
      rgb[d] = data[s]!;
      rgb[d + 1] = data[s + 1]!;
      rgb[d + 2] = data[s + 2]!;
    }
  }
  await fs.writeFile(file, Buffer.concat([Buffer.from(`P6\n${width} ${height}\n255\n`, 'latin1'), rgb]));
}
