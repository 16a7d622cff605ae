import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../http/errors.ts';
import { loadExcelJs } from '../../lib/load-exceljs.ts';
import { guardZip } from './zip-guard.ts';

/** Limits on what one import reads (decision 050); beyond them a clear 4xx, never a stuck or crashed server. */
export const SPREADSHEET_LIMITS = { maxRows: 50_000, maxColumns: 200, maxCellChars: 32_767, xlsxSeconds: 30 } as const;

/** One row below the header: its line in the spreadsheet (header = 1) and its cells as text. */
export interface SheetRow {
  n: number;
  c: string[];
}

export interface Spreadsheet {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'windows-1252' | null;
  separator: ';' | ',' | '\t' | null;
  columns: string[];
  rows: SheetRow[];
}

const refuse = (code: 'validation_failed' | 'unsupported_media_type' | 'payload_too_large', detail: string) =>
  new AppError(code, detail, { errors: [{ field: 'body.file', message: detail }] });

const tooManyRows = () => refuse('payload_too_large', `Het bestand heeft meer dan ${SPREADSHEET_LIMITS.maxRows.toLocaleString('nl-NL')} rijen; splits het in delen`);

/** Decodes CSV bytes: UTF-8 (with or without BOM) when they are valid UTF-8, else Windows-1252 (what Dutch Excel saves). */
export function decodeCsv(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

/** The separator of the header line: the most frequent of `;`, `,` and tab outside quotes (a tie goes to `;`, Dutch Excel's). */
export function detectSeparator(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const best = (Object.entries(counts) as [';' | ',' | '\t', number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] === 0 || best[1] === counts[';'] ? ';' : best[0];
}

/** Header names: trimmed, an empty one named after its place, a repeated one numbered, so every column has its own name. */
function nameColumns(header: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const base = raw.replace(/\s+/g, ' ').trim().slice(0, 200) || `Kolom ${i + 1}`;
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** Drops empty rows, trims the columns to the header's width, and checks the limits. */
function toSheet(format: Spreadsheet['format'], meta: Pick<Spreadsheet, 'encoding' | 'separator'>, records: SheetRow[]): Spreadsheet {
  const first = records.find((r) => r.c.some((v) => v.trim() !== ''));
  if (!first) throw refuse('validation_failed', 'Het bestand is leeg: er staat geen kopregel in');
  // Trailing empty header cells (a sheet's formatting often reaches further than its data) are no columns.
  let width = first.c.length;
  while (width > 0 && first.c[width - 1]!.trim() === '') width--;
  if (width > SPREADSHEET_LIMITS.maxColumns) throw refuse('validation_failed', `Het bestand heeft meer dan ${SPREADSHEET_LIMITS.maxColumns} kolommen`);
  const columns = nameColumns(first.c.slice(0, width));
  const rows: SheetRow[] = [];
  for (const r of records) {
    if (r === first || !r.c.some((v) => v.trim() !== '')) continue;
    if (rows.length >= SPREADSHEET_LIMITS.maxRows) throw tooManyRows();
    const cells = r.c.slice(0, width);
    while (cells.length < width) cells.push('');
    rows.push({ n: r.n, c: cells });
  }
  return { format, ...meta, columns, rows };
}

function readCsv(bytes: Buffer): Spreadsheet {
  const { text, encoding } = decodeCsv(bytes);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001a]/.test(text.slice(0, 8192))) {
    throw refuse('unsupported_media_type', 'Dit is geen CSV- of Excel-bestand (.xlsx); sla de lijst op als CSV of als Excel-werkmap');
  }
  const separator = detectSeparator(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: SPREADSHEET_LIMITS.maxCellChars * 4,
      info: true,
      to: SPREADSHEET_LIMITS.maxRows + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw refuse('validation_failed', `Het CSV-bestand is onleesbaar${line ? ` vanaf regel ${line}` : ''}: controleer de aanhalingstekens`);
  }
  if (records.length > SPREADSHEET_LIMITS.maxRows + 1) throw tooManyRows();
  return toSheet(
    'csv',
    { encoding, separator },
    records.map(({ record, info }) => ({ n: info.lines, c: record })),
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell of exceljs as the text a person sees: dates as days, formulas by their result, rich text joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    return value.getUTCHours() || value.getUTCMinutes() ? `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : day;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown; formula?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v || 'formula' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return '';
  }
  return '';
}

async function readXlsx(bytes: Buffer): Promise<Spreadsheet> {
  await guardZip(bytes);
  const records: SheetRow[] = [];
  const started = Date.now();
  try {
    const ExcelJS = await loadExcelJs();
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (records.length > SPREADSHEET_LIMITS.maxRows + 1) throw tooManyRows();
        if (Date.now() - started > SPREADSHEET_LIMITS.xlsxSeconds * 1000) throw refuse('validation_failed', 'Het Excel-bestand is te zwaar om in te lezen; sla het op als CSV');
        const values = (row.values as unknown[]).slice(1);
        if (values.length > SPREADSHEET_LIMITS.maxColumns * 5) throw refuse('validation_failed', `Het bestand heeft meer dan ${SPREADSHEET_LIMITS.maxColumns} kolommen`);
        records.push({ n: row.number, c: Array.from(values, (v) => cellText(v).slice(0, SPREADSHEET_LIMITS.maxCellChars)) });
      }
      break; // the first worksheet only
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refuse('validation_failed', 'Dit Excel-bestand is onleesbaar of beschadigd; sla het opnieuw op als .xlsx of als CSV');
  }
  return toSheet('xlsx', { encoding: null, separator: null }, records);
}

/**
 * Reads an uploaded spreadsheet, its type sniffed from its bytes (not its
 * name): a zip is an XLSX, the old binary Excel format and other binary files
 * are refused (415), anything else is read as CSV with its encoding and
 * separator detected.
 */
export async function readSpreadsheet(bytes: Buffer): Promise<Spreadsheet> {
  if (bytes.length === 0) throw refuse('validation_failed', 'Het bestand is leeg');
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readXlsx(bytes);
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw refuse('unsupported_media_type', 'Dit is een oud Excel-bestand (.xls); sla het op als Excel-werkmap (.xlsx) of als CSV');
  }
  return readCsv(bytes);
}
