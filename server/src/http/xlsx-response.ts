import type { Response } from 'express';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../lib/worker-entry.ts';
import { drained, startDownload } from './csv-response.ts';
import type { XlsxFromMain, XlsxToMain, XlsxValue } from './xlsx-protocol.ts';

export type { XlsxValue } from './xlsx-protocol.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How long a worker that finished an export waits for the next one before it ends (it holds exceljs: about 35 MB, decision 038). */
const IDLE_MS = 30_000;

let alive = 0;
let busy = 0;
let idle: { worker: Worker; timer: NodeJS.Timeout } | null = null;
/** XLSX worker threads alive, and how many of them are writing a workbook (the others wait for the next export). */
export const xlsxWorkers = (): { alive: number; busy: number } => ({ alive, busy });

/** The idle worker, or a new one. */
function takeWorker(): Worker {
  if (idle) {
    const { worker, timer } = idle;
    idle = null;
    clearTimeout(timer);
    worker.removeAllListeners('error');
    return worker;
  }
  const worker = new Worker(workerEntry(import.meta.url, 'xlsx-worker', './xlsx-worker.ts'));
  alive++;
  worker.once('exit', () => {
    alive--;
    if (idle?.worker === worker) {
      clearTimeout(idle.timer);
      idle = null;
    }
  });
  return worker;
}

/** Keeps a worker that finished cleanly for the next export (one at most; it does not keep the process alive). */
function releaseWorker(worker: Worker): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  worker.removeAllListeners('message');
  worker.removeAllListeners('error');
  // An idle worker that fails only ends (its 'exit' forgets it).
  worker.on('error', () => undefined);
  worker.unref();
  const timer = setTimeout(() => void worker.terminate(), IDLE_MS);
  timer.unref();
  idle = { worker, timer };
}

/**
 * Streams a one-sheet XLSX workbook (decision 052): a bold, frozen header
 * row, then each chunk of rows as it comes. exceljs's streaming
 * `WorkbookWriter` runs on a worker thread of its own (`xlsx-worker.ts`), so
 * the XML and zip work never holds up other requests (a worker that finished
 * waits a while for the next export: loading exceljs takes longer than a
 * small export); this thread reads the
 * chunks, hands them over one at a time when the worker asks, and writes the
 * bytes it gets back to the client, acknowledging them once the connection
 * took them — memory stays flat at both ends however many rows. When the
 * client goes away the worker is terminated and no further chunk is read.
 */
export async function streamXlsx(
  res: Response,
  filename: string,
  sheetName: string,
  columns: readonly { header: string; width: number }[],
  chunks: AsyncIterable<readonly (readonly XlsxValue[])[]>,
): Promise<void> {
  startDownload(res, XLSX_CONTENT_TYPE, filename);
  const source = chunks[Symbol.asyncIterator]();
  const worker = takeWorker();
  worker.ref();
  busy++;
  let onExit!: () => void;
  const exited = new Promise<void>((resolve) => {
    onExit = () => resolve();
    worker.once('exit', onExit);
  });
  const post = (m: XlsxFromMain) => worker.postMessage(m);
  let finished = false;
  let clean = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (err: unknown) => {
        finished = true;
        reject(err instanceof Error ? err : new Error(String(err)));
      };
      // The client went away: stop here; `finally` ends the worker and the reading.
      const onClose = () => {
        if (finished) return;
        finished = true;
        resolve();
      };
      res.once('close', onClose);
      worker.on('message', (m: XlsxToMain) => {
        if (finished) return;
        if (m.type === 'bytes') {
          const bytes = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength);
          const full = !res.write(bytes);
          void (full ? drained(res) : Promise.resolve()).then(() => {
            if (!finished) post({ type: 'ack', bytes: bytes.length });
          });
        } else if (m.type === 'more') {
          source.next().then((chunk) => {
            if (finished) return;
            post(chunk.done ? { type: 'end' } : { type: 'rows', rows: chunk.value as XlsxValue[][] });
          }, fail);
        } else if (m.type === 'done') {
          finished = true;
          clean = true;
          res.off('close', onClose);
          res.end();
          resolve();
        } else fail(new Error(`XLSX worker: ${m.message}`));
      });
      worker.once('error', fail);
      void exited.then(() => {
        if (!finished) fail(new Error('XLSX worker stopped'));
      });
      post({ type: 'start', sheetName, columns: columns.map((c) => ({ header: c.header, width: c.width })) });
    });
  } finally {
    busy--;
    // Only a worker that finished its workbook is used again; one that was cut off mid-way ends here.
    if (clean) {
      worker.off('exit', onExit);
      releaseWorker(worker);
    } else await Promise.all([worker.terminate(), exited]);
    await source.return?.();
  }
}
