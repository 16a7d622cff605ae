import type { Test } from 'supertest';
import { CSV_BOM } from '@akkoord/shared/csv/csv-dialect';

type Parser = Extract<Parameters<Test['parse']>[0], (res: never, done: never) => void>;

/**
 * Reads a CSV file as Dutch Excel does with Akkoord's dialect (decision 052):
 * it insists on the byte-order mark and CRLF line ends, splits on semicolons
 * and undoes RFC 4180 quoting. Throws when the file is not in the dialect.
 */
export function readCsv(text: string): string[][] {
  if (!text.startsWith(CSV_BOM)) throw new Error('CSV without byte-order mark');
  if (!text.endsWith('\r\n')) throw new Error('CSV whose last line is not CRLF-terminated');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n') throw new Error(`bare line feed outside quotes at ${i}`);
    else cell += c;
  }
  return rows;
}

/** A supertest parser that keeps the body as text (CSV) or bytes (XLSX). */
export const asText: Parser = (res, done) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (c: string) => (text += c));
  res.on('end', () => done(null, text));
};
export const asBuffer: Parser = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
