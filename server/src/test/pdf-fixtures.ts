import { deflateSync } from 'node:zlib';

/**
 * Small PDFs written byte by byte for tests and benchmarks: text pages in
 * Helvetica, scanned pages (a greyscale image and no text), a page tree of
 * any size (one shared content stream) and a password-protected file.
 */

type PdfObject = string | Buffer;

/** Writes objects 1..n (object 1 is the catalogue) with a correct cross-reference table. */
function writePdf(objects: PdfObject[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

const escapePdfText = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** The content stream of a page with these lines (Latin-1 text), top to bottom. */
function textContent(lines: readonly string[]): Buffer {
  const body = lines.map((line, i) => `BT /F1 11 Tf 56 ${780 - i * 16} Td (${escapePdfText(line)}) Tj ET`).join('\n');
  return Buffer.from(body, 'latin1');
}

/** A PDF with one page per entry, each page the given lines of text. */
export function textPdf(pages: readonly (readonly string[])[]): Buffer {
  // 1 catalogue, 2 page tree, 3 font, then page + content per page.
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((lines, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects.push(stream('/Filter /FlateDecode', deflateSync(textContent(lines))));
  });
  return writePdf(objects);
}

/** A PDF whose page tree holds `count` pages that all show the same line (a few hundred KB for 10,000 pages). */
export function manyPagesPdf(count: number): Buffer {
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: count }, (_, i) => `${5 + i} 0 R`).join(' ')}] /Count ${count} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream('', textContent(['Bladzijde'])),
  ];
  for (let i = 0; i < count; i++) objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>`);
  return writePdf(objects);
}

/** A greyscale image (8 bits per pixel, row by row) as it is painted on a scanned page. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A "scanned" PDF: each page is one greyscale image over the whole page and has no text layer. */
export function scannedPdf(images: readonly GreyImage[]): Buffer {
  const kids = images.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  const objects: PdfObject[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${images.length} >>`];
  images.forEach((img, i) => {
    const page = 3 + i * 3;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 ${page + 2} 0 R >> >> /Contents ${page + 1} 0 R >>`);
    objects.push(stream('', Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q', 'latin1')));
    objects.push(
      stream(`/Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, deflateSync(img.pixels)),
    );
  });
  return writePdf(objects);
}

/**
 * A PDF under the standard security handler that needs a user password: its
 * /U entry matches no password (and certainly not the empty one), so a reader
 * has to ask for one.
 */
export function passwordProtectedPdf(): Buffer {
  const hex = (n: number) => Buffer.alloc(n, 0x5a).toString('hex');
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -44 >>`,
  ];
  return writePdf(objects, `/Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] `);
}
