import { createDeflateRaw, crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';

/** Spreadsheet files as people send them, made in the tests (and the bench) rather than kept as binaries. */

/** Text in Windows-1252 (what Dutch Excel saves as "CSV (gescheiden door lijstscheidingsteken)"). */
export function encodeWindows1252(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '‚': 0x82, ƒ: 0x83, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from(
    Array.from(text, (ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      if (special[ch] !== undefined) return special[ch];
      throw new Error(`not in Windows-1252: ${ch}`);
    }),
  );
}

const quote = (cell: string, separator: string) => (cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A CSV text with this separator and CRLF line ends. */
export function csvText(rows: string[][], separator: ';' | ',' | '\t' = ';'): string {
  return rows.map((r) => r.map((c) => quote(c, separator)).join(separator)).join('\r\n') + '\r\n';
}

/** An XLSX workbook of one sheet; a `Date` becomes a date cell, a number a number cell. */
export async function xlsxFile(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Overeenkomsten');
  for (const row of rows) {
    const added = sheet.addRow(row);
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'd-m-yyyy';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A zip of the given entries, each deflated (the shape of an XLSX). */
export async function zipOf(entries: { name: string; chunks: Iterable<Buffer> }[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const deflate = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    deflate.on('data', (c: Buffer) => out.push(c));
    const done = new Promise((resolve) => deflate.on('end', resolve));
    let crc = 0;
    let size = 0;
    for (const chunk of entry.chunks) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
    }
    deflate.end();
    await done;
    const data = Buffer.concat(out);
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(dir, name);
    offset += local.length + name.length + data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

/** An "XLSX" whose one sheet inflates to `megabytes` MB of spaces from a few kB: a zip bomb. */
export function zipBomb(megabytes: number): Promise<Buffer> {
  const mb = Buffer.alloc(1024 * 1024, 0x20);
  return zipOf([
    { name: '[Content_Types].xml', chunks: [Buffer.from('<?xml version="1.0"?><Types/>')] },
    { name: 'xl/worksheets/sheet1.xml', chunks: Array.from({ length: megabytes }, () => mb) },
  ]);
}
