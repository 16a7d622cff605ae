import { once } from 'node:events';
import { Writable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import type { XlsxFromMain, XlsxToMain, XlsxValue } from './xlsx-protocol.ts';

/*
 * Writes one streamed XLSX workbook on a thread of its own (decision 052):
 * exceljs builds every row's XML and the zip's bookkeeping in JavaScript, and
 * on the main thread that kept health checks waiting ~100 ms at p99. The main
 * thread sends chunks of rows when asked ('more') and receives the workbook's
 * bytes ('bytes'); it acknowledges them once the client's connection took
 * them, and this side stops producing while too many are unacknowledged, so
 * memory stays flat at both ends. One workbook at a time ('start' … 'done'),
 * then the next: loading exceljs takes longer than a small export. The main
 * thread terminates this worker when a client goes away mid-download.
 */

/** Rows between two looks at the compressor. */
const ROWS_PER_CHECK = 250;
/** What the sheet may hold ahead of the compressor before the writer waits for it. */
const MAX_AHEAD_BYTES = 512 * 1024;
/** Bytes sent to the main thread that its client has not taken yet, before the zip output waits. */
const MAX_UNACKNOWLEDGED_BYTES = 1024 * 1024;

const port = parentPort!;
const send = (m: XlsxToMain, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);

let unacknowledged = 0;
let resumeOutput: (() => void) | null = null;

/** The workbook's bytes go to the main thread; the zip's output waits while the client is behind. */
const outputStream = () =>
  new Writable({
    write(chunk: Buffer, _encoding, callback) {
      // A copy of its own, so the buffer can be handed over without copying again (exceljs may reuse pooled memory).
      const bytes = new Uint8Array(chunk.length);
      bytes.set(chunk);
      unacknowledged += bytes.length;
      send({ type: 'bytes', bytes }, [bytes.buffer]);
      if (unacknowledged <= MAX_UNACKNOWLEDGED_BYTES) callback();
      else resumeOutput = () => callback();
    },
  });

/**
 * The zip entry's input for the sheet's XML. exceljs 4.4.0's streaming writer
 * hands each committed row to it without heeding its back-pressure (exceljs
 * issues #1894, #2916): the worksheet's `stream` writes into this
 * pass-through stream (`pipes[0]`), whose public `writableLength` says how far
 * behind the compressor is. `stream.pipes` is exceljs's own, unlisted in its
 * types (pinned version; the export bench shows the memory flat, so an
 * upgrade that moves it is noticed).
 */
function compressorInput(sheet: ExcelJS.Worksheet): Writable | undefined {
  return (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
}

/** Waits while the compressor is more than {@link MAX_AHEAD_BYTES} behind: until its input stream drained. */
async function compressorCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const input = compressorInput(sheet);
  // Beyond its high-water mark a stream emits 'drain' once it has written everything it held.
  while (input && input.writableLength > MAX_AHEAD_BYTES) await once(input, 'drain');
}

async function writeWorkbook(sheetName: string, columns: { header: string; width: number }[]): Promise<void> {
  unacknowledged = 0;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: outputStream(), useStyles: true, useSharedStrings: false });
  workbook.creator = 'Akkoord';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  const nextChunk = () =>
    new Promise<XlsxValue[][] | null>((resolve) => {
      pendingChunk = resolve;
      send({ type: 'more' });
    });
  for (let rows = await nextChunk(); rows !== null; rows = await nextChunk()) {
    for (let i = 0; i < rows.length; i++) {
      sheet.addRow(rows[i]!).commit();
      if ((i + 1) % ROWS_PER_CHECK === 0) await compressorCaughtUp(sheet);
    }
    await compressorCaughtUp(sheet);
  }
  sheet.commit();
  await workbook.commit();
  send({ type: 'done' });
}

let pendingChunk: ((rows: XlsxValue[][] | null) => void) | null = null;
port.on('message', (m: XlsxFromMain) => {
  if (m.type === 'ack') {
    unacknowledged -= m.bytes;
    if (resumeOutput && unacknowledged <= MAX_UNACKNOWLEDGED_BYTES) {
      const resume = resumeOutput;
      resumeOutput = null;
      resume();
    }
  } else if (m.type === 'start') {
    writeWorkbook(m.sheetName, m.columns).catch((err: unknown) => send({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
  } else {
    const deliver = pendingChunk;
    pendingChunk = null;
    deliver?.(m.type === 'rows' ? m.rows : null);
  }
});
