import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { evaluateRows } from './evaluate-rows.ts';
import { loadImportBatch, mappingOf } from './imports.service.ts';

/**
 * One CSV cell in the register's dialect (semicolon, quoted when needed); a
 * text that a spreadsheet would run as a formula gets a leading apostrophe.
 * Private until the shared CSV writer of the export lands (io-plan).
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (cells: string[]) => `${cells.map(csvCell).join(';')}\r\n`;

/**
 * The rejected rows of a batch as CSV (UTF-8 with BOM, semicolons, so Dutch
 * Excel opens it in columns): line number, every problem as "field: reason",
 * then the row's own cells under its own headers, to fix and import again.
 */
export async function importErrorsCsv(deps: AppDeps, ctx: RequestContext, id: number): Promise<{ fileName: string; text: string }> {
  const batch = loadImportBatch(deps, ctx, id);
  const evaluation = await evaluateRows(deps.db, ctx, { columns: batch.columns, rows: batch.rows, mapping: mappingOf(batch), defaults: batch.defaults ?? {} });
  let text = '\uFEFF' + line(['Regel', 'Fouten', ...batch.columns]);
  for (const row of evaluation.rows) {
    if (row.status !== 'invalid') continue;
    const reasons = row.errors.map((e) => `${e.column ?? e.field}: ${e.message}`).join(' | ');
    text += line([String(row.rowNumber), reasons, ...row.cells]);
  }
  const base = batch.fileName.replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N} _-]+/gu, '') || 'import';
  return { fileName: `${base}-fouten.csv`, text };
}
