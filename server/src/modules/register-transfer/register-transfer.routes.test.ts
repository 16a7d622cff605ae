import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_TRANSFER_SECTIONS, registerTransferSchema, type RegisterTransfer } from '@akkoord/shared/schemas/register-transfer';
import { generateSynthetic } from '../../cli/generate.ts';
import { asText } from '../../test/read-csv.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';

let source: TestApp;
let target: TestApp;

/** The tables behind the sections, as stored (every column), for the field-by-field comparison. */
const TABLES = [
  'organisations',
  'collaborations',
  'collaboration_members',
  'funding_lines',
  'agreements',
  'agreement_parties',
  'agreement_relations',
  'documents',
  'document_versions',
];
const stored = (t: TestApp, table: string) => t.deps.db.$client.prepare(`select * from ${table} order by id`).all() as Record<string, unknown>[];

async function exportOf(who: SignedIn): Promise<{ text: string; doc: RegisterTransfer }> {
  const res = await who.agent.get('/api/export.json').buffer(true).parse(asText);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="akkoord-register-\d{4}-\d{2}-\d{2}\.json"$/);
  const doc = registerTransferSchema.parse(JSON.parse(res.body as string));
  return { text: res.body as string, doc };
}

beforeAll(async () => {
  source = await createTestApp({ today: '2026-11-29' });
  generateSynthetic(source.deps.db, { agreements: 1500, relations: 400, today: '2026-11-29' });
  // Documents' metadata (the files are the backup's business): one archived, one with two versions.
  const sql = source.deps.db.$client;
  const admin = source.user.id;
  sql
    .prepare(
      `insert into documents (agreement_id, kind, title, document_date, note, archived_at, archived_by, created_by, created_at) values (1, 'signed_copy', 'Getekend.pdf', '2019', 'Met "aanhalingstekens"', null, null, ?, '2026-11-01T10:00:00.000Z')`,
    )
    .run(admin);
  sql
    .prepare(
      `insert into documents (agreement_id, kind, title, document_date, note, archived_at, archived_by, created_by, created_at) values (2, 'draft', 'Concept.docx', null, null, '2026-11-02T10:00:00.000Z', ?, ?, '2026-11-01T11:00:00.000Z')`,
    )
    .run(admin, admin);
  const version = sql.prepare(
    `insert into document_versions (document_id, version, sha256, size_bytes, media_type, file_name, uploaded_by, uploaded_at, text_status) values (?, ?, ?, ?, ?, ?, ?, ?, 'done')`,
  );
  version.run(1, 1, 'a'.repeat(64), 1234, 'application/pdf', 'Getekend.pdf', admin, '2026-11-01T10:00:00.000Z');
  version.run(1, 2, 'b'.repeat(64), 2345, 'application/pdf', 'Getekend (2).pdf', admin, '2026-11-03T10:00:00.000Z');
  version.run(2, 1, 'c'.repeat(64), 345, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Concept.docx', admin, '2026-11-01T11:00:00.000Z');
  target = await createTestApp({ today: '2026-11-29', seed: false });
});
afterAll(() => {
  source.close();
  target.close();
});

describe('GET /api/export.json → POST /api/import.json', () => {
  it('exports the whole register in the documented shape, every section with its ids', async () => {
    const { doc } = await exportOf(source);
    expect(doc.format).toBe('akkoord-register');
    expect(doc.version).toBe(1);
    expect(doc.agreements.length).toBe(stored(source, 'agreements').length);
    for (const [i, section] of REGISTER_TRANSFER_SECTIONS.entries()) expect(doc[section].length, section).toBe(stored(source, TABLES[i]!).length);
    expect(doc.documents[0]).toMatchObject({ title: 'Getekend.pdf', createdBy: 'admin@akkoord.test', documentDate: '2019' });
    expect(doc.documentVersions[0]).not.toHaveProperty('textStatus');
  });

  it('reads it back into an empty instance: identical data, field by field', async () => {
    const { text } = await exportOf(source);
    const res = await target.agent.post('/api/import.json').set(target.headers).set('Content-Type', 'application/json').send(text);
    expect(res.status).toBe(200);
    expect(res.body.imported.agreements).toBe(stored(source, 'agreements').length);
    for (const table of TABLES) {
      const [a, b] = [stored(source, table), stored(target, table)];
      expect(b.length, table).toBe(a.length);
      for (let i = 0; i < a.length; i++) {
        // The extraction runs again on the new instance; everything else is the same, column by column.
        const expected = table === 'document_versions' ? { ...a[i], text_status: 'pending', text_reason: null, text_extracted_at: null } : a[i];
        expect(b[i], `${table} ${String(a[i]!.id)}`).toEqual(expected);
      }
    }
    // The same register answers the same: a page of the list and one agreement with its parties and relations.
    const [listA, listB] = await Promise.all([
      source.agent.get('/api/agreements').query({ limit: 100, sort: '-id' }),
      target.agent.get('/api/agreements').query({ limit: 100, sort: '-id' }),
    ]);
    expect(listB.body).toEqual(listA.body);
    const related = stored(source, 'agreement_relations')[0]!.source_id as number;
    const [oneA, oneB] = await Promise.all([source.agent.get(`/api/agreements/${related}`), target.agent.get(`/api/agreements/${related}`)]);
    expect(oneB.body).toEqual(oneA.body);
    // And exports the same document again.
    const again = (await exportOf(target)).doc;
    expect({ ...again, exportedAt: '' }).toEqual({ ...(await exportOf(source)).doc, exportedAt: '' });
    // One audit event for the whole import.
    const audit = await target.agent.get('/api/audit').query({ entityType: 'register', action: 'import' });
    expect(audit.body.total).toBe(1);
  });

  it('refuses a register that is not empty with 409, writing nothing', async () => {
    const { text } = await exportOf(source);
    const before = stored(source, 'agreements').length;
    const res = await source.agent.post('/api/import.json').set(source.headers).set('Content-Type', 'application/json').send(text);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('conflict');
    expect(stored(source, 'agreements').length).toBe(before);
  });

  it('refuses another shape naming the field, and a broken reference, writing nothing', async () => {
    const empty = await createTestApp({ today: '2026-11-29', seed: false });
    try {
      const { doc } = await exportOf(source);
      const bad = { ...doc, agreements: doc.agreements.map((a, i) => (i === 3 ? { ...a, title: 42 } : a)) };
      const shape = await empty.agent.post('/api/import.json').set(empty.headers).send(bad);
      expect(shape.status).toBe(422);
      expect(shape.body.errors.map((e: { field: string }) => e.field)).toContain('body.agreements.3.title');
      const orphan = { ...doc, agreementParties: [...doc.agreementParties, { ...doc.agreementParties[0]!, id: 999_999, organisationId: 888_888 }] };
      const broken = await empty.agent.post('/api/import.json').set(empty.headers).send(orphan);
      expect(broken.status).toBe(422);
      expect(stored(empty, 'agreements')).toHaveLength(0);
      expect(stored(empty, 'organisations')).toHaveLength(0);
      const notJson = await empty.agent.post('/api/import.json').set(empty.headers).set('Content-Type', 'application/json').send('{"format":');
      expect(notJson.status).toBe(400);
      const csv = await empty.agent.post('/api/import.json').set(empty.headers).set('Content-Type', 'text/csv').send('a;b');
      expect(csv.status).toBe(415);
    } finally {
      empty.close();
    }
  });

  it('is for admins only', async () => {
    const legal = await source.signIn({ role: 'legal' });
    expect((await legal.agent.get('/api/export.json')).status).toBe(403);
    expect((await legal.agent.post('/api/import.json').set(legal.headers).send({})).status).toBe(403);
  });
});
