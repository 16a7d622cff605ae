/**
 * Akkoord's one CSV dialect (decision 052), for every CSV the server writes:
 * the register export, the audit trail, an import's rejected rows. Semicolon
 * separated, UTF-8 with a byte-order mark and CRLF line ends — the form Dutch
 * Excel opens in columns without an import wizard — RFC 4180 quoting, and a
 * text cell that a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return) gets a leading apostrophe, so it stays
 * text (OWASP "CSV injection").
 */

/** The field separator. */
export const CSV_SEPARATOR = ';';
/** Ends every line, the last one included. */
export const CSV_LINE_END = '\r\n';
/** The byte-order mark that starts every file: spreadsheet programs then read it as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** What a cell may hold: text, a number or a yes/no; null and undefined are an empty cell; anything else is written as JSON. */
export type CsvValue = string | number | boolean | null | undefined | object;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";,\r\n]/;

/** Text that a spreadsheet would run as a formula, made inert with a leading apostrophe; other text unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: formulas neutralised in text, quoted when it holds a separator, quote or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // A number or yes/no is data, not typed text: written as is (a negative number stays a number);
  // a fraction with the decimal comma that Dutch Excel reads in this semicolon dialect (never a thousands separator).
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  if (typeof value === 'boolean') return String(value);
  const text = neutraliseFormula(typeof value === 'string' ? value : JSON.stringify(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of cells, CRLF-terminated. */
export function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR) + CSV_LINE_END;
}

/** A whole small document (BOM, header, rows) as one string; long exports stream line by line instead. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let text = CSV_BOM + csvLine(header);
  for (const row of rows) text += csvLine(row);
  return text;
}
