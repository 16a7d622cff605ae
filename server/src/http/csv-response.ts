import type { Response } from 'express';
import { CSV_BOM, csvLine, type CsvValue } from '@akkoord/shared/csv/csv-dialect';

/** Lines written per turn of the event loop. */
const LINES_PER_TURN = 250;

/** Waits until the response may take more (its buffer drained), or it closed. */
export async function drained(res: Response): Promise<void> {
  if (!res.writableNeedDrain || res.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** The headers of a file download that no cache keeps. */
export function startDownload(res: Response, contentType: string, filename: string): void {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
}

/**
 * Streams a CSV file in Akkoord's one dialect (`shared/src/csv/csv-dialect.ts`,
 * decision 052): the byte-order mark and header, then each chunk of rows as it
 * comes, waiting while the client's connection is full (back-pressure), so
 * memory stays flat however long the file. Stops reading when the client went
 * away.
 */
export async function streamCsv(
  res: Response,
  filename: string,
  header: readonly string[],
  chunks: AsyncIterable<readonly (readonly CsvValue[])[]> | Iterable<readonly (readonly CsvValue[])[]>,
): Promise<void> {
  startDownload(res, 'text/csv; charset=utf-8', filename);
  res.write(CSV_BOM + csvLine(header));
  for await (const rows of chunks) {
    // A few hundred lines per turn of the event loop: other requests answer between them.
    for (let i = 0; i < rows.length; i += LINES_PER_TURN) {
      if (res.destroyed) return;
      let text = '';
      for (const row of rows.slice(i, i + LINES_PER_TURN)) text += csvLine(row);
      if (text && !res.write(text)) await drained(res);
      if (i + LINES_PER_TURN < rows.length) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  res.end();
}
