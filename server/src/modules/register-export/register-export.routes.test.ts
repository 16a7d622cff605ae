import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../cli/generate.ts';
import { ReadPool } from '../../db/read-pool.ts';
import { asBuffer, asText, readCsv } from '../../test/read-csv.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29' });
  // More than two export pages (1,000 agreements each), spread over collaborations.
  generateSynthetic(t.deps.db, { agreements: 2300, relations: 0, today: '2026-11-29' });
  const hostile = await t.agent
    .post('/api/agreements')
    .set(t.headers)
    .send({ type: 'service', title: '=HYPERLINK("http://kwaad.example","klik")', reference: '+31 6 1234', notes: 'x', collaborationCode: 'RTR', ownerName: '@SOM(A1)' });
  expect(hostile.status).toBe(201);
});
afterAll(() => t.close());

const csvOf = async (who: SignedIn, query: Record<string, string> = {}) => {
  const res = await who.agent.get('/api/agreements/export.csv').query(query).buffer(true).parse(asText);
  expect(res.status).toBe(200);
  return { res, rows: readCsv(res.body as string) };
};

/** Every id the register lists for this caller and query, in its order (all pages). */
async function registerIds(who: SignedIn, query: Record<string, string> = {}): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | undefined;
  do {
    const res = await who.agent.get('/api/agreements').query({ ...query, limit: 500, ...(cursor ? { cursor } : {}) });
    expect(res.status).toBe(200);
    ids.push(...(res.body.items as { id: number }[]).map((a) => a.id));
    cursor = res.body.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

describe('GET /api/agreements/export.csv', () => {
  it('opens in columns in Dutch Excel: byte-order mark, semicolons, CRLF, a Dutch header', async () => {
    const { res, rows } = await csvOf(t);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="akkoord-register-2026-11-29.csv"');
    const text = res.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(
      'Nummer;Titel;Soort;Samenwerking;Kenmerk;Wettelijk regime;Ingangsdatum;Einddatum;Looptijd;Opzegtermijn;Stilzwijgende verlenging;Verlengingsperiode;Huidige termijn vanaf;Huidige termijn tot;Opzeggen vóór;Volgende evaluatie;Status;Partijen;Eigenaar;E-mail eigenaar;Gearchiveerd;Synthetisch;Bedrag (EUR);Bedrag geldt;Indexering;Begrotingspost;Betaler',
    );
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([27]));
  });

  it('holds exactly the agreements of the register, in its order, across export pages', async () => {
    const { rows } = await csvOf(t);
    const ids = rows.slice(1).map((r) => Number(r[0]));
    expect(ids.length).toBeGreaterThan(2300);
    expect(ids).toEqual(await registerIds(t));
  });

  it('applies exactly the register filters and sort', async () => {
    for (const query of [
      { collaboration: 'RTR', sort: '-startDate' },
      { type: 'processor,subprocessor', status: 'active,expiring', sort: 'noticeDeadline' },
      { q: 'Verwerkers', archived: 'include', synthetic: 'exclude' },
      { from: '2025-01-01', to: '2025-12-31', sort: '-id' },
    ] as Record<string, string>[]) {
      const { rows } = await csvOf(t, query);
      expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(await registerIds(t, query));
    }
  });

  it('never lets a cell start a live formula; the hostile values stay readable as text', async () => {
    const { rows } = await csvOf(t, { collaboration: 'RTR' });
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const hostile = rows.find((r) => r[1]!.includes('HYPERLINK'))!;
    expect(hostile[1]).toBe(`'=HYPERLINK("http://kwaad.example","klik")`);
    expect(hostile[4]).toBe("'+31 6 1234");
    expect(hostile[18]).toBe("'@SOM(A1)");
  });

  it('writes the words and partial dates of an agreement as the register shows them', async () => {
    const { rows } = await csvOf(t, { synthetic: 'exclude' });
    // The source says only "2019" for the Platform IVZ processor agreement: the export keeps the year.
    const years = rows.slice(1).filter((r) => /^\d{4}$/.test(r[6]!));
    expect(years.length).toBeGreaterThan(0);
    const processor = rows.find((r) => r[2] === 'Verwerkersovereenkomst' && r[17]!.includes('(verwerkingsverantwoordelijke)'));
    expect(processor).toBeDefined();
    expect(rows.slice(1).every((r) => ['ja', 'nee'].includes(r[20]!) && r[21] === 'nee')).toBe(true);
  });

  it('speaks English with lang=en', async () => {
    const { rows } = await csvOf(t, { lang: 'en', type: 'processor', synthetic: 'exclude' });
    expect(rows[0]!.slice(0, 3)).toEqual(['Number', 'Title', 'Type']);
    expect(rows.slice(1).every((r) => r[2] === 'Processor agreement')).toBe(true);
  });

  it('a user limited to some collaborations never exports agreements of others (regression)', async () => {
    const rtr = await t.signIn({ role: 'viewer', email: 'rtr-lezer@vrt.nl', scope: ['RTR'] });
    const { rows } = await csvOf(rtr);
    const ids = rows.slice(1).map((r) => Number(r[0]));
    expect(ids.length).toBeGreaterThan(0);
    expect(rows.slice(1).every((r) => r[3] === 'RTR')).toBe(true);
    expect(ids).toEqual(await registerIds(rtr));
    // Asking for another collaboration gives nothing, not its agreements.
    const { rows: other } = await csvOf(rtr, { collaboration: 'IVZ' });
    expect(other).toHaveLength(1);
    const { rows: xlsxIds } = await xlsxOf(rtr);
    expect(xlsxIds.slice(1).map((r) => r[0])).toEqual(ids);
  });

  it('refuses a bad filter naming it, and anyone signed out', async () => {
    const res = await t.agent.get('/api/agreements/export.csv').query({ sort: 'colour', lang: 'fr' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['query.lang', 'query.sort']);
    const { agent } = await t.signIn({ role: 'viewer' });
    await agent.delete('/api/session').set(t.headers);
    const signedOut = await (await import('supertest')).default(t.app).get('/api/agreements/export.csv');
    expect(signedOut.status).toBe(401);
  });

  it('reads the same pages on the read worker as on the main connection', async () => {
    const { rows: main } = await csvOf(t, { sort: '-endDate' });
    t.deps.reader = new ReadPool(t.deps.config.databaseFile, { cacheBytes: 0 });
    try {
      const { rows: worker } = await csvOf(t, { sort: '-endDate' });
      expect(worker).toEqual(main);
    } finally {
      await t.deps.reader.close();
      t.deps.reader = undefined;
    }
  });
});

async function xlsxOf(who: SignedIn, query: Record<string, string> = {}) {
  const res = await who.agent.get('/api/agreements/export.xlsx').query(query).buffer(true).parse(asBuffer);
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.body as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return { res, sheet, rows };
}

describe('GET /api/agreements/export.xlsx', () => {
  it('is a workbook exceljs reads back: the same header and cells as the CSV, numbers as numbers', async () => {
    const { res, sheet, rows } = await xlsxOf(t, { collaboration: 'RTR' });
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="akkoord-register-2026-11-29.xlsx"');
    expect(sheet.name).toBe('Register');
    const { rows: csv } = await csvOf(t, { collaboration: 'RTR' });
    expect(rows).toHaveLength(csv.length);
    expect(typeof rows[1]![0]).toBe('number');
    // The CSV neutralises formulas with an apostrophe; the workbook's text cells are text already.
    const asCsv = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v));
    expect(rows.map((r) => Array.from({ length: 27 }, (_, i) => asCsv(r[i])))).toEqual(csv);
    expect(rows.some((r) => r[1] === '=HYPERLINK("http://kwaad.example","klik")')).toBe(true);
    // Every cell is a value, none a formula.
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('holds every agreement of the register across export pages', async () => {
    const { rows } = await xlsxOf(t, { sort: 'type' });
    expect(rows.slice(1).map((r) => r[0])).toEqual(await registerIds(t, { sort: 'type' }));
  });
});
