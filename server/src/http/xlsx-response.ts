import type { Response } from 'express';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../lib/load-exceljs.ts';
import { drained, startDownload } from './csv-response.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell of a streamed sheet: text, a number, or empty. */
export type XlsxValue = string | number | null;

/** Rows between two turns of the event loop: other requests (health, the register) keep answering meanwhile. */
const ROWS_PER_TURN = 250;
/** What the sheet may hold ahead of the compressor before the writer waits for it. */
const MAX_AHEAD_BYTES = 512 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const shortWait = () => new Promise<void>((resolve) => setTimeout(resolve, 2));

/**
 * How much of the sheet's XML waits for the zip compressor. exceljs 4.4.0's
 * streaming writer hands each committed row to the zip entry without heeding
 * its back-pressure, so a fast producer piles the whole sheet up in memory
 * (exceljs issues #1894, #2916). The entry's input is the pass-through stream
 * piped from the worksheet's buffer; its buffered length is what we wait on.
 * Private fields of a pinned version (decision 052): a test holds the
 * export's memory flat, so an upgrade that moves them is noticed.
 */
function pendingBytes(sheet: ExcelJS.Worksheet): number {
  const pipes = (sheet as unknown as { stream?: { pipes?: { _writableState?: { length?: number } }[] } }).stream?.pipes;
  return pipes?.[0]?._writableState?.length ?? 0;
}

/**
 * Streams a one-sheet XLSX workbook with exceljs's streaming `WorkbookWriter`
 * (decision 052): a bold, frozen header row, then each chunk of rows as it
 * comes. Between every few hundred rows it hands the event loop back, and it
 * waits while the compressor or the client's connection is behind, so the
 * server's memory stays flat however many rows. Stops when the client went away.
 */
export async function streamXlsx(
  res: Response,
  filename: string,
  sheetName: string,
  columns: readonly { header: string; width: number }[],
  chunks: AsyncIterable<readonly (readonly XlsxValue[])[]>,
): Promise<void> {
  const Excel = await loadExcelJs();
  startDownload(res, XLSX_CONTENT_TYPE, filename);
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Akkoord';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let sinceTurn = 0;
  for await (const rows of chunks) {
    for (const row of rows) {
      if (res.destroyed) return;
      sheet.addRow(row as XlsxValue[]).commit();
      if (++sinceTurn < ROWS_PER_TURN) continue;
      sinceTurn = 0;
      await nextTurn();
      while (!res.destroyed && pendingBytes(sheet) > MAX_AHEAD_BYTES) await shortWait();
      await drained(res);
    }
  }
  if (res.destroyed) return;
  sheet.commit();
  await workbook.commit();
}
