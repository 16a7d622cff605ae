import { csvDocument, type CsvValue } from '@akkoord/shared/csv/csv-dialect';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { evaluateRows } from './evaluate-rows.ts';
import { batchRows, loadHead, mappingOf } from './imports.service.ts';

/**
 * The rejected rows of a batch as CSV in the register's one dialect (decision
 * 052: UTF-8 with BOM, semicolons, formulas neutralised): line number, every problem as "field: reason",
 * then the row's own cells under its own headers, to fix and import again.
 */
export async function importErrorsCsv(deps: AppDeps, ctx: RequestContext, id: number): Promise<{ fileName: string; text: string }> {
  const batch = loadHead(deps, ctx, id);
  const rejected: CsvValue[][] = [];
  await evaluateRows(deps.db, ctx, { columns: batch.columns, mapping: mappingOf(batch), defaults: batch.defaults ?? {}, readRows: batchRows(deps.db, id) }, (row) => {
    if (row.status === 'invalid') rejected.push([row.rowNumber, row.errors.map((e) => `${e.column ?? e.field}: ${e.message}`).join(' | '), ...row.cells]);
  });
  const text = csvDocument(['Regel', 'Fouten', ...batch.columns], rejected);
  const base = batch.fileName.replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N} _-]+/gu, '') || 'import';
  return { fileName: `${base}-fouten.csv`, text };
}
