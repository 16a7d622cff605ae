import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a test zip; `declaredSize` lies about the unpacked size (a zip bomb that hides its size). */
export interface ZipEntryFixture {
  name: string;
  data: Buffer | string;
  declaredSize?: number;
}

/** A zip file (deflated entries, central directory) written by hand, for DOCX/ODT/XLSX fixtures and zip bombs. */
export function zipFile(entries: readonly ZipEntryFixture[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    const packed = deflateRawSync(raw);
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A DOCX whose body is these pages of paragraphs, separated by Word's `w:lastRenderedPageBreak` (or hard breaks). */
export function docxFile(pages: readonly (readonly string[])[], { hardBreaks = false } = {}): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = pages
    .map((paragraphs, i) =>
      paragraphs
        .map((p, j) => {
          const brk = i > 0 && j === 0 ? (hardBreaks ? '<w:r><w:br w:type="page"/></w:r>' : '<w:r><w:lastRenderedPageBreak/></w:r>') : '';
          return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${brk}<w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`;
        })
        .join(''),
    )
    .join('');
  return zipFile([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>` },
  ]);
}

/** An ODT whose pages are separated by `text:soft-page-break`. */
export function odtFile(pages: readonly (readonly string[])[]): Buffer {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
  const body = pages
    .map((ps, i) => (i > 0 ? '<text:soft-page-break/>' : '') + ps.map((p) => `<text:p text:style-name="P1">${p.replace(/ {2}/g, ' <text:s/>')}</text:p>`).join(''))
    .join('');
  return zipFile([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
    {
      name: 'content.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    },
  ]);
}
