/**
 * A minimal, valid PDF with a real text layer (one page per entry of
 * `pages`, each a list of lines), written by hand so the browser tests need
 * no PDF library: Helvetica with WinAnsiEncoding (é, ë, ï … as one byte),
 * a correct cross-reference table and trailer.
 */
export function makeTextPdf(pages: string[][]): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => {
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objects.length;
  };
  const catalog = add(''); // filled in below, once the page tree's number is known
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds: number[] = [];
  const treeId = objects.length + 1 + pages.length * 2;
  for (const lines of pages) {
    const text = lines.map((line, i) => `${i === 0 ? '' : '0 -16 Td '}(${escapePdfText(line)}) Tj`).join('\n');
    const content = Buffer.from(`BT /F1 11 Tf 56 780 Td\n${text}\nET`, 'latin1');
    const contentId = add(Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream', 'latin1')]));
    pageIds.push(add(`<< /Type /Page /Parent ${treeId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contentId} 0 R >>`));
  }
  const tree = add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  if (tree !== treeId) throw new Error('page tree numbering');
  objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${tree} 0 R >>`, 'latin1');

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

/** A PDF string literal's text: backslash, parentheses escaped; characters outside Latin-1 refused. */
function escapePdfText(text: string): string {
  if (/[^\x20-\xff]/.test(text)) throw new Error(`Not printable in WinAnsiEncoding: ${text}`);
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}
