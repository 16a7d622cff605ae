import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRowsSchema, importStatusSchema, importUploadSchema, type ImportStatus } from '@akkoord/shared/schemas/import';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';
import { csvText, encodeWindows1252, xlsxFile, zipBomb } from './import-files.testing.ts';
import { removeStaleImports } from './imports.service.ts';

let t: TestApp;
let legal: SignedIn;

beforeAll(async () => {
  t = await createTestApp({ env: { IMPORT_MAX_MB: '1' } });
  legal = await t.signIn({ role: 'legal' });
});
afterAll(() => t.close());

const HEADER = ['Titel', 'Soort', 'Kenmerk', 'Samenwerkingsverband', 'Ingangsdatum', 'Einddatum', 'Opzegtermijn', 'Stilzwijgende verlenging', 'Partijen'];
const GOOD = [
  ['DVO meldkamer Hengelo', 'DVO', 'IMP-001', 'RTR', '2019', '', '3 maanden', 'ja, telkens 1 jaar', 'Gemeente Enschede; Datakluis Oost B.V.'],
  ['Verwerkersovereenkomst camera’s', 'verwerkersovereenkomst', 'IMP-002', 'RTR', 'mrt 2020', '1-1-2021', 'n.v.t.', 'nee', 'Gemeente Enschede'],
  ['Convenant cameratoezicht', 'convenant', '', 'RTR', '43831', '', 'onbekend', '', ''],
];
const BAD = [
  ['', 'DVO', 'IMP-003', 'RTR', '2019', '', '', '', ''],
  ['Huur pand', 'huurcontract', 'IMP-004', 'RTR', '31-02-2021', '', 'drie', '', ''],
];
const DUPLICATE_OF_FIRST = ['DVO meldkamer Hengelo (kopie)', 'DVO', 'IMP-001', 'RTR', '2019', '', '3 maanden', 'ja', ''];

const upload = (who: SignedIn, bytes: Buffer, name: string) => who.agent.post('/api/imports').set(who.headers).attach('file', bytes, name);
const map = (who: SignedIn, id: number, body: object) => who.agent.put(`/api/imports/${id}/mapping`).set(who.headers).send(body);
const rowsOf = async (who: SignedIn, id: number, status = 'all') => importRowsSchema.parse((await who.agent.get(`/api/imports/${id}/rows`).query({ status })).body);
const commit = (who: SignedIn, id: number, body: object = {}) => who.agent.post(`/api/imports/${id}/commit`).set(who.headers).send(body);

async function finished(who: SignedIn, id: number): Promise<ImportStatus> {
  for (let i = 0; i < 200; i++) {
    const status = importStatusSchema.parse((await who.agent.get(`/api/imports/${id}`)).body);
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('import still running');
}

async function uploadAndMap(who: SignedIn, bytes: Buffer, name: string) {
  const res = await upload(who, bytes, name);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const up = importUploadSchema.parse(res.body);
  expect((await map(who, up.id, { mapping: up.suggestedMapping, defaults: {} })).status).toBe(200);
  return up;
}

const register = async (q: string) => (await t.agent.get('/api/agreements').query({ q, limit: 100 })).body.items as { id: number; title: string; reference: string | null }[];
const organisationsNamed = (name: string) => t.deps.db.$client.prepare('select id from organisations where name = ?').pluck().all(name);
const batchCount = () => (t.deps.db.$client.prepare('SELECT count(*) AS n FROM import_batches').get() as { n: number }).n;

describe('import from a spreadsheet', () => {
  let firstId: number;
  const file = Buffer.from('\uFEFF' + csvText([HEADER, ...GOOD, ...BAD, DUPLICATE_OF_FIRST], ';'));

  it('reads a UTF-8 semicolon CSV with BOM and suggests the mapping from the Dutch headers', async () => {
    const res = await upload(legal, file, 'contracten.csv');
    expect(res.status).toBe(201);
    const up = importUploadSchema.parse(res.body);
    firstId = up.id;
    expect(up).toMatchObject({ format: 'csv', encoding: 'utf-8', separator: ';', columns: HEADER, total: 6, mappingRemembered: false });
    expect(up.sampleRows[0]![0]).toBe('DVO meldkamer Hengelo');
    expect(up.suggestedMapping).toMatchObject({
      Titel: 'title',
      Soort: 'type',
      Kenmerk: 'reference',
      Ingangsdatum: 'startDate',
      Partijen: 'parties',
      'Stilzwijgende verlenging': 'tacitRenewal',
    });
  });

  it('refuses a mapping that names a column the file lacks or sends two columns to one field', async () => {
    const res = await map(legal, firstId, { mapping: { Titel: 'title', Soort: 'title', Onbekend: 'notes' } });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.mapping.Onbekend', 'body.mapping.Soort']);
  });

  it('previews every row with parsed values, per-field errors and duplicates', async () => {
    const status = importStatusSchema.parse((await legal.agent.get(`/api/imports/${firstId}`)).body);
    expect(status.state).toBe('uploaded');
    const suggested = Object.fromEntries(HEADER.map((h) => [h, null]));
    Object.assign(suggested, { Titel: 'title', Soort: 'type', Kenmerk: 'reference', Samenwerkingsverband: 'collaborationCode', Ingangsdatum: 'startDate', Einddatum: 'endDate' });
    Object.assign(suggested, { Opzegtermijn: 'noticePeriod', 'Stilzwijgende verlenging': 'tacitRenewal', Partijen: 'parties' });
    expect((await map(legal, firstId, { mapping: suggested })).status).toBe(200);
    const all = await rowsOf(legal, firstId);
    expect(all.counts).toEqual({ valid: 3, invalid: 2, duplicate: 1, changed: 0 });
    expect(all.unknownOrganisations).toEqual(['Datakluis Oost B.V.']);
    const [first, second, third] = all.items;
    expect(first).toMatchObject({
      rowNumber: 2,
      status: 'valid',
      values: { type: 'service', startDate: '2019', noticePeriod: { value: 3, unit: 'month' }, tacitRenewal: true, renewalPeriod: { value: 1, unit: 'year' } },
      unknownParties: ['Datakluis Oost B.V.'],
    });
    expect(second!.values).toMatchObject({ type: 'processor', startDate: '2020-03', endDate: '2021-01-01', noticePeriod: null, tacitRenewal: false });
    expect(third!.values).toMatchObject({ type: 'cooperation', startDate: '2020-01-01', noticePeriod: null });
    const invalid = await rowsOf(legal, firstId, 'invalid');
    expect(invalid.items.map((r) => r.rowNumber)).toEqual([5, 6]);
    expect(invalid.items[0]!.errors).toEqual([{ field: 'title', column: 'Titel', code: 'required', message: expect.any(String) }]);
    expect(invalid.items[1]!.errors.map((e) => [e.field, e.code])).toEqual([
      ['type', 'unknown_type'],
      ['startDate', 'impossible_date'],
      ['noticePeriod', 'unrecognised_period'],
    ]);
    const duplicates = await rowsOf(legal, firstId, 'duplicate');
    expect(duplicates.items).toHaveLength(1);
    expect(duplicates.items[0]).toMatchObject({ rowNumber: 7, duplicateOf: { kind: 'row', id: 2 } });
    // A page of the chosen rows: the counts stay those of the whole file.
    const page = importRowsSchema.parse((await legal.agent.get(`/api/imports/${firstId}/rows`).query({ status: 'all', offset: 1, limit: 2 })).body);
    expect({ total: page.total, counts: page.counts, rows: page.items.map((r) => r.rowNumber) }).toEqual({ total: 6, counts: all.counts, rows: [3, 4] });
    const past = importRowsSchema.parse((await legal.agent.get(`/api/imports/${firstId}/rows`).query({ status: 'invalid', offset: 2 })).body);
    expect(past.items).toEqual([]);
  });

  it('creates unknown organisations only after confirmation, then imports the valid rows in one batch', async () => {
    const refused = await commit(legal, firstId, {});
    expect(refused.status).toBe(409);
    expect(refused.body.unknownOrganisations).toEqual(['Datakluis Oost B.V.']);
    expect(await register('Datakluis')).toEqual([]);

    const started = await commit(legal, firstId, { createOrganisations: true });
    expect(started.status).toBe(202);
    const done = await finished(legal, firstId);
    expect(done).toMatchObject({ state: 'done', total: 6, processed: 6, created: 3, updated: 0, skipped: 3, organisationsCreated: 1 });
    const created = await register('meldkamer Hengelo');
    expect(created.map((a) => a.reference)).toEqual(['IMP-001']);
    const detail = (await t.agent.get(`/api/agreements/${created[0]!.id}`)).body;
    expect(detail).toMatchObject({ collaborationCode: 'RTR', startDate: '2019', tacitRenewal: true, renewalPeriod: { value: 1, unit: 'year' } });
    expect(detail.parties.map((p: { organisationName: string }) => p.organisationName).sort()).toEqual(['Datakluis Oost B.V.', 'Gemeente Enschede']);
    const audit = (await t.agent.get('/api/audit').query({ entityType: 'agreement', entityId: String(created[0]!.id) })).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['create']);
    const batchAudit = (await t.agent.get('/api/audit').query({ entityType: 'import_batch', entityId: String(firstId) })).body.items;
    expect(batchAudit[0]).toMatchObject({ action: 'import', actorLabel: 'legal@akkoord.test' });
    expect((await commit(legal, firstId, { createOrganisations: true })).status).toBe(409);
  });

  it('offers the rejected rows as a CSV with field and reason, in the register dialect', async () => {
    const res = await legal.agent
      .get(`/api/imports/${firstId}/errors.csv`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(['Regel', 'Fouten', ...HEADER].join(';'));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^5;Titel: /);
    expect(lines[2]).toMatch(/^6;"?Soort: Onbekend soort overeenkomst: huurcontract/);
  });

  it('a second run of the same file remembers the mapping and creates no duplicates', async () => {
    const res = await upload(legal, file, 'contracten.csv');
    const up = importUploadSchema.parse(res.body);
    expect(up.mappingRemembered).toBe(true);
    expect((await map(legal, up.id, { mapping: up.suggestedMapping })).status).toBe(200);
    const rows = await rowsOf(legal, up.id);
    expect(rows.counts).toEqual({ valid: 0, invalid: 2, duplicate: 4, changed: 0 });
    expect(rows.unknownOrganisations).toEqual([]);
    expect((await commit(legal, up.id, { updateExisting: true })).status).toBe(202);
    expect(await finished(legal, up.id)).toMatchObject({ state: 'done', created: 0, updated: 0, skipped: 6 });
    expect(await register('meldkamer Hengelo')).toHaveLength(1);
  });

  it('updates changed rows only when asked, and a revert restores them and archives what was created', async () => {
    const changed = [
      HEADER,
      ['DVO meldkamer Hengelo', 'DVO', 'IMP-001', 'RTR', '2019', '', '6 maanden', 'ja, telkens 1 jaar', 'Gemeente Enschede; Datakluis Oost B.V.'],
      ['Nieuw convenant', 'samenwerkingsovereenkomst', 'IMP-010', 'RTR', '2024', '', '', '', ''],
    ];
    const bytes = Buffer.from(csvText(changed, ';'));
    const skip = await uploadAndMap(legal, bytes, 'wijzigingen.csv');
    const rows = await rowsOf(legal, skip.id, 'duplicate');
    expect(rows.items[0]).toMatchObject({ duplicateOf: { kind: 'agreement' }, changedFields: ['noticePeriod'] });
    expect((await commit(legal, skip.id, {})).status).toBe(202);
    expect(await finished(legal, skip.id)).toMatchObject({ created: 1, updated: 0, skipped: 1 });
    const [existing] = await register('meldkamer Hengelo');
    expect((await t.agent.get(`/api/agreements/${existing!.id}`)).body.noticePeriod).toEqual({ value: 3, unit: 'month' });

    const update = await uploadAndMap(legal, bytes, 'wijzigingen.csv');
    expect((await commit(legal, update.id, { updateExisting: true })).status).toBe(202);
    expect(await finished(legal, update.id)).toMatchObject({ created: 0, updated: 1, skipped: 1 });
    expect((await t.agent.get(`/api/agreements/${existing!.id}`)).body.noticePeriod).toEqual({ value: 6, unit: 'month' });

    // Revert the batch that updated: the notice period comes back.
    const reverted = await legal.agent.post(`/api/imports/${update.id}/revert`).set(legal.headers);
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ state: 'reverted', reverted: { archived: 0, restored: 1, skipped: 0 } });
    expect((await t.agent.get(`/api/agreements/${existing!.id}`)).body.noticePeriod).toEqual({ value: 3, unit: 'month' });
    // Revert the first batch: its agreements are archived (not deleted), each change audited.
    const first = await legal.agent.post(`/api/imports/${firstId}/revert`).set(legal.headers);
    expect(first.body).toMatchObject({ state: 'reverted', reverted: { archived: 3, restored: 0, skipped: 0, organisationsRemoved: 1 } });
    // The organisation the batch created is gone again (only its own, now archived, agreement named it), audited.
    expect(organisationsNamed('Datakluis Oost B.V.')).toEqual([]);
    const orgAudit = t.deps.db.$client
      .prepare("select action, json_extract(before, '$.name') as name from audit_events where entity_type = 'organisation' and json_extract(before, '$.importId') = ?")
      .all(firstId);
    expect(orgAudit).toEqual([{ action: 'delete', name: 'Datakluis Oost B.V.' }]);
    expect(await register('meldkamer Hengelo')).toEqual([]);
    const archived = (await t.agent.get(`/api/agreements/${existing!.id}`)).body;
    expect(archived.archivedAt).not.toBeNull();
    const audit = (await t.agent.get('/api/audit').query({ entityType: 'agreement', entityId: String(existing!.id) })).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(['archive', 'update', 'update', 'create']);
    expect((await legal.agent.post(`/api/imports/${firstId}/revert`).set(legal.headers)).status).toBe(409);
  });

  it('reads a Windows-1252 comma CSV and an XLSX with date cells and Excel day numbers', async () => {
    const rows = [
      ['Title', 'Type', 'Start date', 'Notice period', 'Collaboration'],
      ['Privacyconvenant Zorg & Veiligheid (€ 0,-)', 'privacyconvenant', '1-3-2023', '3 months', 'ZVHT'],
    ];
    const cp = await uploadAndMap(legal, encodeWindows1252(csvText(rows, ',')), 'export.csv');
    expect(cp).toMatchObject({ encoding: 'windows-1252', separator: ',' });
    const cpRows = await rowsOf(legal, cp.id);
    expect(cpRows.items[0]).toMatchObject({
      status: 'valid',
      values: { title: 'Privacyconvenant Zorg & Veiligheid (€ 0,-)', type: 'privacy', startDate: '2023-03-01', noticePeriod: { value: 3, unit: 'month' } },
    });

    const tab = await uploadAndMap(legal, Buffer.from(csvText(rows, '\t')), 'tab.txt');
    expect(tab).toMatchObject({ encoding: 'utf-8', separator: '\t' });

    const xlsx = await xlsxFile([
      ['Titel', 'Soort', 'Ingangsdatum', 'Einddatum', 'Samenwerkingsverband'],
      ['Samenwerkingsovereenkomst KMT', 'samenwerkingsovereenkomst', new Date(Date.UTC(2021, 0, 1)), 45291, 'KMT'],
      ['DVO 2019', 'DVO', 2019, null, 'KMT'],
    ]);
    const x = await uploadAndMap(legal, xlsx, 'lijst.xlsx');
    expect(x).toMatchObject({ format: 'xlsx', encoding: null, total: 2 });
    const xRows = await rowsOf(legal, x.id);
    expect(xRows.items.map((r) => [r.status, r.values.startDate, r.values.endDate ?? null])).toEqual([
      ['valid', '2021-01-01', '2023-12-31'],
      ['valid', '2019', null],
    ]);
  });

  it('refuses hostile files with a clear 4xx, stores nothing and keeps answering', async () => {
    const before = batchCount();
    const expectRefused = async (res: { status: number; headers: Record<string, string>; body: { code?: string } }, status: number) => {
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
    };
    await expectRefused(await upload(legal, Buffer.alloc(1024 * 1024 + 200 * 1024, 0x41), 'groot.csv'), 413);
    await expectRefused(await upload(legal, await zipBomb(40), 'bom.xlsx'), 422);
    const junk = crypto.randomBytes(20_000);
    junk[10] = 0;
    await expectRefused(await upload(legal, junk, 'junk.csv'), 415);
    await expectRefused(await upload(legal, Buffer.concat([Buffer.from('PK\u0003\u0004'), crypto.randomBytes(5000)]), 'kapot.xlsx'), 422);
    await expectRefused(await upload(legal, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]), 'oud.xls'), 415);
    const many = 'Titel\r\n' + 'x\r\n'.repeat(50_001);
    await expectRefused(await upload(legal, Buffer.from(many), 'veel.csv'), 413);
    await expectRefused(await upload(legal, Buffer.from(''), 'leeg.csv'), 422);
    await expectRefused(await legal.agent.post('/api/imports').set(legal.headers).send({ file: 'abc' }), 415);
    await expectRefused(await legal.agent.post('/api/imports').set(legal.headers).field('other', 'x'), 422);
    expect(batchCount()).toBe(before);
    expect((await t.agent.get('/api/health')).status).toBe(200);
  });
});

describe('who may import what', () => {
  it('keeps viewers and managers out', async () => {
    const manager = await t.signIn({ role: 'manager' });
    const res = await upload(manager, Buffer.from(csvText([HEADER, GOOD[0]!])), 'a.csv');
    expect(res.status).toBe(403);
  });

  it('a legal user scoped to one collaboration cannot import into another, nor see another user’s batch', async () => {
    const rtr = await t.signIn({ role: 'legal', email: 'rtr-import@akkoord.test', scope: ['RTR'] });
    const file = csvText([
      ['Titel', 'Soort', 'Samenwerkingsverband'],
      ['Scope-test RTR', 'DVO', 'RTR'],
      ['Scope-test IVZ', 'DVO', 'IVZ'],
      ['Scope-test zonder', 'DVO', ''],
    ]);
    const up = await uploadAndMap(rtr, Buffer.from(file), 'scope.csv');
    const rows = await rowsOf(rtr, up.id);
    expect(rows.items.map((r) => [r.status, r.errors[0]?.code ?? null])).toEqual([
      ['valid', null],
      ['invalid', 'outside_scope'],
      ['invalid', 'outside_scope'],
    ]);
    expect((await commit(rtr, up.id)).status).toBe(202);
    expect(await finished(rtr, up.id)).toMatchObject({ created: 1, skipped: 2 });
    expect((await register('Scope-test')).map((a) => a.title)).toEqual(['Scope-test RTR']);
    // Another legal user does not see the batch; an unlimited admin does.
    expect((await legal.agent.get(`/api/imports/${up.id}`)).status).toBe(404);
    expect((await legal.agent.get(`/api/imports/${up.id}/rows`)).status).toBe(404);
    expect((await t.agent.get(`/api/imports/${up.id}`)).status).toBe(200);
  });
});

describe('commit and revert, all or nothing', () => {
  const ROWS = [
    ['Titel', 'Soort', 'Samenwerkingsverband', 'Partijen'],
    ['Atomair eerste', 'DVO', 'RTR', 'Breekpunt Partner B.V.; Gemeente Enschede'],
    ['Atomair tweede', 'DVO', 'RTR', 'Breekpunt Partner B.V.'],
    ['Atomair breekt', 'DVO', 'RTR', ''],
  ];
  const sql = (text: string) => t.deps.db.$client.exec(text);
  const count = (text: string, ...params: unknown[]) =>
    t.deps.db.$client
      .prepare(text)
      .pluck()
      .get(...params) as number;

  it('a row that fails while writing leaves nothing of the batch; fixed, the same batch imports and is searchable by party', async () => {
    const up = await uploadAndMap(legal, Buffer.from(csvText(ROWS)), 'atomair.csv');
    const audits = count('select count(*) from audit_events');
    // The register refuses the third row only when it is written (after the check passed).
    sql("CREATE TEMP TRIGGER import_write_fails BEFORE INSERT ON main.agreements WHEN new.title = 'Atomair breekt' BEGIN SELECT RAISE(ABORT, 'geweigerd'); END");
    try {
      expect((await commit(legal, up.id, { createOrganisations: true })).status).toBe(202);
      expect(await finished(legal, up.id)).toMatchObject({ state: 'failed', created: 0 });
    } finally {
      sql('DROP TRIGGER temp.import_write_fails');
    }
    expect(count("select count(*) from agreements where title like 'Atomair%'")).toBe(0);
    expect(organisationsNamed('Breekpunt Partner B.V.')).toEqual([]);
    expect(count('select count(*) from audit_events')).toBe(audits);
    expect(count('select count(*) from import_changes where batch_id = ?', up.id)).toBe(0);
    expect(count('select count(*) from search_deferred')).toBe(0);

    expect((await commit(legal, up.id, { createOrganisations: true })).status).toBe(202);
    expect(await finished(legal, up.id)).toMatchObject({ state: 'done', created: 3, organisationsCreated: 1 });
    // The search rows were built once at the end, parties included.
    const found = t.deps.db.$client.prepare("select rowid from search_agreements where search_agreements match 'Breekpunt' order by rowid").pluck().all();
    const ids = t.deps.db.$client.prepare("select id from agreements where title in ('Atomair eerste', 'Atomair tweede') order by id").pluck().all();
    expect(found).toEqual(ids);
    expect(count('select count(*) from search_deferred')).toBe(0);
  });

  it('a revert keeps an organisation it created when another agreement names it too', async () => {
    const first = await uploadAndMap(legal, Buffer.from(csvText([ROWS[0]!, ['Gedeeld eerste', 'DVO', 'RTR', 'Gedeelde Partner B.V.']])), 'gedeeld-1.csv');
    expect((await commit(legal, first.id, { createOrganisations: true })).status).toBe(202);
    expect(await finished(legal, first.id)).toMatchObject({ state: 'done', organisationsCreated: 1 });
    const second = await uploadAndMap(legal, Buffer.from(csvText([ROWS[0]!, ['Gedeeld tweede', 'DVO', 'RTR', 'Gedeelde Partner B.V.']])), 'gedeeld-2.csv');
    expect((await commit(legal, second.id, {})).status).toBe(202);
    expect(await finished(legal, second.id)).toMatchObject({ state: 'done', created: 1, organisationsCreated: 0 });

    const reverted = await legal.agent.post(`/api/imports/${first.id}/revert`).set(legal.headers);
    expect(reverted.body).toMatchObject({ state: 'reverted', reverted: { archived: 1, organisationsRemoved: 0 } });
    expect(organisationsNamed('Gedeelde Partner B.V.')).toHaveLength(1);
    // The archived agreement keeps its party while the organisation stays.
    const [shared] = (await register('Gedeeld tweede')).map((a) => a.id);
    expect((await t.agent.get(`/api/agreements/${shared}`)).body.parties).toHaveLength(1);
  });
});

describe('clean-up of imports never committed', () => {
  it('removes uploaded, mapped and failed batches older than IMPORT_KEEP_DAYS, each audited; keeps recent and committed ones', async () => {
    const file = Buffer.from(
      csvText([
        ['Titel', 'Soort', 'Samenwerkingsverband'],
        ['Opruimen', 'DVO', 'RTR'],
      ]),
    );
    const uploaded = importUploadSchema.parse((await upload(legal, file, 'oud-1.csv')).body);
    const mapped = await uploadAndMap(legal, file, 'oud-2.csv');
    const recent = await uploadAndMap(legal, file, 'nieuw.csv');
    const committed = await uploadAndMap(legal, file, 'klaar.csv');
    expect((await commit(legal, committed.id)).status).toBe(202);
    expect(await finished(legal, committed.id)).toMatchObject({ state: 'done' });
    const longAgo = new Date(t.deps.clock.now().getTime() - (t.deps.config.importKeepDays + 1) * 86_400_000).toISOString();
    t.deps.db.$client.prepare('update import_batches set created_at = ? where id in (?, ?, ?)').run(longAgo, uploaded.id, mapped.id, committed.id);

    expect(removeStaleImports(t.deps, { requestId: 'test-cleanup', user: null })).toBe(2);
    for (const gone of [uploaded.id, mapped.id]) expect((await legal.agent.get(`/api/imports/${gone}`)).status).toBe(404);
    for (const kept of [recent.id, committed.id]) expect((await legal.agent.get(`/api/imports/${kept}`)).status).toBe(200);
    const audit = t.deps.db.$client.prepare("select entity_id, actor_label from audit_events where entity_type = 'import_batch' and action = 'delete' order by id").all() as {
      entity_id: string;
      actor_label: string;
    }[];
    expect(audit).toEqual([
      { entity_id: String(uploaded.id), actor_label: 'systeem' },
      { entity_id: String(mapped.id), actor_label: 'systeem' },
    ]);
    expect(removeStaleImports(t.deps, { requestId: 'test-cleanup', user: null })).toBe(0);
  });
});
