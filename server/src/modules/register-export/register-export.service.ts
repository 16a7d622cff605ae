import type { Response } from 'express';
import { REGISTER_EXPORT_COLUMNS, registerExportCells, registerExportHeader } from '@akkoord/shared/csv/register-export-columns';
import type { ExportAgreementsQuery } from '@akkoord/shared/schemas/register-export';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { streamCsv } from '../../http/csv-response.ts';
import { streamXlsx } from '../../http/xlsx-response.ts';
import { iterateRegisterExport } from './register-export-rows.ts';

async function* cellsOf(deps: AppDeps, ctx: RequestContext, q: ExportAgreementsQuery) {
  for await (const rows of iterateRegisterExport(deps, ctx, q)) yield rows.map((r) => registerExportCells(r, q.lang));
}

/**
 * Runs a streamed download; a failure after the headers went out breaks the
 * connection, so that the client sees a failed download rather than a file
 * that looks whole but is not.
 */
async function guarded(deps: AppDeps, res: Response, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (err) {
    if (!res.headersSent) throw err;
    deps.logger.error({ err }, 'export failed while streaming; the connection is closed');
    res.destroy();
  }
}

/** The agreements the register lists for this query and caller, as CSV in the one dialect, streamed (decision 052). */
export async function exportRegisterCsv(deps: AppDeps, ctx: RequestContext, q: ExportAgreementsQuery, res: Response): Promise<void> {
  await guarded(deps, res, () => streamCsv(res, `akkoord-register-${deps.clock.today()}.csv`, registerExportHeader(q.lang), cellsOf(deps, ctx, q)));
}

/** The same agreements as an XLSX workbook, streamed with exceljs (decision 052). */
export async function exportRegisterXlsx(deps: AppDeps, ctx: RequestContext, q: ExportAgreementsQuery, res: Response): Promise<void> {
  const columns = REGISTER_EXPORT_COLUMNS.map((c) => ({ header: c.header[q.lang], width: c.width }));
  await guarded(deps, res, () => streamXlsx(res, `akkoord-register-${deps.clock.today()}.xlsx`, 'Register', columns, cellsOf(deps, ctx, q)));
}
