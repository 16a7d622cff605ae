import http from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { streamXlsx, xlsxWorkers, type XlsxValue } from './xlsx-response.ts';

const columns = [
  { header: 'Nummer', width: 10 },
  { header: 'Titel', width: 40 },
];

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server answering every request with `streamXlsx` over the given rows (a failure breaks the connection, as the export route does); `done` settles when the export returns. */
async function serve(rows: () => AsyncIterable<XlsxValue[][]>) {
  let done!: Promise<void>;
  const app = express();
  app.get('/', (_req, res) => {
    done = streamXlsx(res, 'x.xlsx', 'Register', columns, rows());
    done.catch(() => res.destroy());
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, done: () => done };
}

describe('streamXlsx (the workbook is written on a worker thread)', () => {
  it('streams a workbook exceljs reads back, header bold and frozen, numbers as numbers', async () => {
    const { url, done } = await serve(async function* () {
      yield [
        [1, 'Eerste'],
        [2, '=SOM(A1)'],
      ];
      yield [[3, null]];
    });
    const res = await fetch(url);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    await done();
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Register');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const values: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => values.push((row.values as unknown[]).slice(1)));
    expect(values).toEqual([['Nummer', 'Titel'], [1, 'Eerste'], [2, '=SOM(A1)'], [3]]);
    // Kept warm for the next export.
    expect(xlsxWorkers()).toEqual({ alive: 1, busy: 0 });
  });

  it('a client that goes away mid-download ends the worker and stops reading rows', async () => {
    let pages = 0;
    let closed = false;
    // Rows without end: only the client going away can stop this export.
    const { url, done } = await serve(async function* () {
      try {
        for (;;) {
          pages++;
          yield Array.from({ length: 1000 }, (_, i): XlsxValue[] => [pages * 1000 + i, `Overeenkomst ${pages}-${i} met een wat langere titel`]);
        }
      } finally {
        closed = true;
      }
    });
    await new Promise<void>((resolve, reject) => {
      const req = http.get(url, (res) => {
        res.once('data', () => {
          expect(xlsxWorkers()).toEqual({ alive: 1, busy: 1 });
          req.destroy();
          resolve();
        });
      });
      req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
    });
    await done();
    expect(closed).toBe(true);
    expect(xlsxWorkers()).toEqual({ alive: 0, busy: 0 });
    const read = pages;
    await new Promise((r) => setTimeout(r, 50));
    expect(pages).toBe(read);
  });

  it('a failing row source ends the worker and rejects, so the route breaks the connection', async () => {
    const { url, done } = await serve(async function* () {
      yield [[1, 'Eerste']];
      throw new Error('database weg');
    });
    const res = fetch(url).then((r) => r.arrayBuffer());
    await expect(res).rejects.toThrow();
    await expect(done()).rejects.toThrow('database weg');
    expect(xlsxWorkers()).toEqual({ alive: 0, busy: 0 });
  });
});
