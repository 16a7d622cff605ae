import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { docx, eml, exe, jpeg, odt, pdf, png, tiff, xlsx } from './document-fixtures.testing.ts';
import { removeDocumentOrphans } from './documents-startup.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** supertest: read any response body as bytes. */
const binary = (res: supertest.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

let t: TestApp;
let agreementId: number;
let otherAgreementId: number;
const filesDir = () => path.join(t.dir, 'files');
const storedFiles = () =>
  fs.existsSync(filesDir())
    ? fs
        .readdirSync(filesDir(), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => d.name)
    : [];
const count = (sql: string, ...params: unknown[]) =>
  t.deps.db.$client
    .prepare(sql)
    .pluck()
    .get(...params) as number;

function upload(id: number, bytes: Buffer, name: string, fields: Record<string, string> = { kind: 'signed_copy' }, contentType?: string) {
  const req = t.agent.post(`/api/agreements/${id}/documents`).set(t.headers);
  for (const [k, v] of Object.entries(fields)) req.field(k, v);
  return req.attach('file', bytes, contentType ? { filename: name, contentType } : name);
}
const download = (id: number, version: number, query = '') => t.agent.get(`/api/documents/${id}/versions/${version}/content${query}`).buffer(true).parse(binary);

beforeAll(async () => {
  t = await createTestApp({ env: { DOCUMENT_MAX_MB: '1' } });
  const items = (await t.agent.get('/api/agreements').query({ limit: 2 })).body.items;
  agreementId = items[0].id;
  otherAgreementId = items[1].id;
});
afterAll(() => t.close());

describe('upload and download', () => {
  it('round-trips a PDF: the bytes and the hash that come back are the ones sent, with the headers of a safe download', async () => {
    const bytes = pdf(['Dienstverleningsovereenkomst', 'Artikel 2']);
    const res = await upload(agreementId, bytes, 'Overeenkomst geëvalueerd.pdf', { kind: 'signed_copy', documentDate: '2024-01', note: 'Getekend door beide partijen' });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/documents/${res.body.id}`);
    expect(res.body).toMatchObject({
      agreementId,
      kind: 'signed_copy',
      title: 'Overeenkomst geëvalueerd.pdf',
      documentDate: '2024-01',
      note: 'Getekend door beide partijen',
      archived: false,
      createdBy: { id: t.user.id, name: 'Test admin' },
      permissions: { read: true, upload: true, archive: true, restore: false },
    });
    expect(res.body.versions).toEqual([
      {
        versionId: expect.any(Number),
        version: 1,
        fileName: 'Overeenkomst geëvalueerd.pdf',
        mediaType: 'application/pdf',
        sizeBytes: bytes.length,
        sha256: sha(bytes),
        uploadedBy: { id: t.user.id, name: 'Test admin' },
        uploadedAt: expect.any(String),
        textStatus: 'pending',
        textReason: null,
        textExtractedAt: null,
        contentUrl: `/api/documents/${res.body.id}/versions/1/content`,
      },
    ]);
    // Content-addressed: DATA_DIR/files/ab/cd/<sha256>, and nothing left in the staging folder.
    const stored = path.join(filesDir(), sha(bytes).slice(0, 2), sha(bytes).slice(2, 4), sha(bytes));
    expect(fs.readFileSync(stored).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.join(filesDir(), 'tmp'))).toEqual([]);

    const got = await download(res.body.id, 1);
    expect(got.status).toBe(200);
    expect(Buffer.isBuffer(got.body) && got.body.equals(bytes)).toBe(true);
    expect(sha(got.body)).toBe(res.body.versions[0].sha256);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-length']).toBe(String(bytes.length));
    expect(got.headers['content-disposition']).toBe(`attachment; filename="Overeenkomst geevalueerd.pdf"; filename*=UTF-8''Overeenkomst%20ge%C3%ABvalueerd.pdf`);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['accept-ranges']).toBe('bytes');
    expect(got.headers.etag).toBe(`"${sha(bytes)}"`);
  });

  it('sniffs every accepted type from the bytes, whatever the name and the part header say', async () => {
    const cases: [Buffer, string][] = [
      [docx('Artikel 1 — looptijd'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [odt('Artikel 1'), 'application/vnd.oasis.opendocument.text'],
      [xlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [png(), 'image/png'],
      [jpeg(), 'image/jpeg'],
      [tiff(), 'image/tiff'],
      [eml(), 'message/rfc822'],
      [Buffer.from('Opzegtermijn van drie maanden.\n'), 'text/plain'],
    ];
    for (const [bytes, type] of cases) {
      const res = await upload(otherAgreementId, bytes, 'bestand.pdf', { kind: 'annex' }, 'application/pdf');
      expect(res.status, type).toBe(201);
      expect(res.body.versions[0].mediaType).toBe(type);
      const got = await download(res.body.id, 1);
      expect(got.body.equals(bytes), type).toBe(true);
      expect(got.headers['content-type']).toBe(type === 'text/plain' ? 'text/plain; charset=utf-8' : type);
    }
  });

  it('refuses a type it cannot keep with 415 naming what is accepted, and keeps nothing of it', async () => {
    const before = { docs: count('select count(*) from documents'), files: storedFiles().length, audit: count('select count(*) from audit_events') };
    const res = await upload(agreementId, exe(), 'contract.pdf', { kind: 'signed_copy' }, 'application/pdf');
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('unsupported_media_type');
    expect(res.body.detail).toContain('PDF');
    expect(res.body.detail).toContain('EML');
    expect(res.body.accepted).toContain('application/pdf');
    expect(res.body.errors[0].field).toBe('body.file');
    expect({ docs: count('select count(*) from documents'), files: storedFiles().length, audit: count('select count(*) from audit_events') }).toEqual(before);
  });

  it('refuses a file past DOCUMENT_MAX_MB with 413 naming the limit, whether it says its size or not', async () => {
    const before = storedFiles().length;
    const tooBig = Buffer.alloc(1024 * 1024 + 1, 0x61);
    const res = await upload(agreementId, tooBig, 'groot.txt');
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'payload_too_large', limitBytes: 1024 * 1024 });
    expect(res.body.detail).toContain('1 MB');
    expect(res.body.detail).toContain('DOCUMENT_MAX_MB');
    // Declared far too large up front: refused before the body is read.
    const huge = await upload(agreementId, Buffer.alloc(3 * 1024 * 1024, 0x62), 'heel-groot.txt');
    expect(huge.status).toBe(413);
    expect(storedFiles().length).toBe(before);
    expect(fs.readdirSync(path.join(filesDir(), 'tmp'))).toEqual([]);
    // Exactly the limit is fine.
    const exact = await upload(agreementId, Buffer.alloc(1024 * 1024, 0x63), 'precies.txt');
    expect(exact.status).toBe(201);
    expect(exact.body.versions[0].sizeBytes).toBe(1024 * 1024);
  });

  it('answers 409 with the existing document for the same bytes twice on one agreement (also as a version); another agreement may hold them', async () => {
    const bytes = pdf(['Uniek ' + Date.now()]);
    const first = await upload(agreementId, bytes, 'a.pdf');
    expect(first.status).toBe(201);
    const again = await upload(agreementId, bytes, 'andere-naam.pdf', { kind: 'draft' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('conflict');
    expect(again.body.existing).toMatchObject({ id: first.body.id, title: 'a.pdf' });
    const other = await upload(agreementId, pdf(['Iets anders ' + Date.now()]), 'b.pdf');
    const asVersion = await t.agent.post(`/api/documents/${other.body.id}/versions`).set(t.headers).attach('file', bytes, 'a-weer.pdf');
    expect(asVersion.status).toBe(409);
    expect(asVersion.body.existing.id).toBe(first.body.id);
    const elsewhere = await upload(otherAgreementId, bytes, 'a.pdf');
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.versions[0].sha256).toBe(first.body.versions[0].sha256);
  });

  it('names the field of a bad upload: no file, an empty file, no kind, a wrong date, an unknown field, or JSON instead of a form', async () => {
    const noFile = await t.agent.post(`/api/agreements/${agreementId}/documents`).set(t.headers).field('kind', 'draft');
    expect(noFile.status).toBe(422);
    expect(noFile.body.errors).toEqual([expect.objectContaining({ field: 'body.file' })]);
    const empty = await upload(agreementId, Buffer.alloc(0), 'leeg.pdf');
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].field).toBe('body.file');
    const noKind = await upload(agreementId, pdf(['zonder soort']), 'x.pdf', {});
    expect(noKind.status).toBe(422);
    expect(noKind.body.errors[0].field).toBe('body.kind');
    const badDate = await upload(agreementId, pdf(['datum']), 'x.pdf', { kind: 'draft', documentDate: '2024-02-30' });
    expect(badDate.status).toBe(422);
    expect(badDate.body.errors[0].field).toBe('body.documentDate');
    const unknown = await upload(agreementId, pdf(['onbekend']), 'x.pdf', { kind: 'draft', titel: 'x' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('body.titel');
    const json = await t.agent.post(`/api/agreements/${agreementId}/documents`).set(t.headers).send({ kind: 'draft' });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('unsupported_media_type');
    expect(storedFiles().filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('keeps a sanitised file name for display only', async () => {
    const res = await upload(agreementId, pdf(['naam']), '..\\..\\Windows\\fac\u202Etuur<1>.pdf');
    expect(res.status).toBe(201);
    expect(res.body.title).toBe('fac\u202Etuur<1>.pdf'.replace('\u202E', '').replace(/[<>]/g, '_'));
  });
});

describe('versions, archive and restore', () => {
  it('adds versions append-only: earlier ones stay with their bytes', async () => {
    const v1 = pdf(['Concept 1']);
    const v2 = docx('Concept 2');
    const created = await upload(agreementId, v1, 'concept.pdf', { kind: 'draft' });
    const id = created.body.id;
    const added = await t.agent.post(`/api/documents/${id}/versions`).set(t.headers).attach('file', v2, 'concept-v2.docx');
    expect(added.status).toBe(201);
    expect(added.body.title).toBe('concept.pdf');
    expect(added.body.versions.map((v: { version: number; fileName: string; mediaType: string }) => [v.version, v.fileName, v.mediaType])).toEqual([
      [1, 'concept.pdf', 'application/pdf'],
      [2, 'concept-v2.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]);
    expect(added.body.versions[0]).toEqual(created.body.versions[0]);
    expect((await download(id, 1)).body.equals(v1)).toBe(true);
    expect((await download(id, 2)).body.equals(v2)).toBe(true);
    expect((await download(id, 3)).status).toBe(404);
    const got = await t.agent.get(`/api/documents/${id}`);
    expect(got.body.versions).toHaveLength(2);
    const list = await t.agent.get(`/api/agreements/${agreementId}/documents`);
    expect(list.status).toBe(200);
    expect(list.body.items.find((d: { id: number }) => d.id === id).versions).toHaveLength(2);
  });

  it('archives and restores a document, keeping its files; an archived document takes no versions', async () => {
    const bytes = pdf(['Te archiveren']);
    const id = (await upload(agreementId, bytes, 'archief.pdf')).body.id;
    const archived = await t.agent.post(`/api/documents/${id}/archive`).set(t.headers);
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ archived: true, archivedBy: { id: t.user.id }, permissions: { upload: false, archive: false, restore: true } });
    expect((await t.agent.post(`/api/documents/${id}/archive`).set(t.headers)).status).toBe(409);
    const version = await t.agent
      .post(`/api/documents/${id}/versions`)
      .set(t.headers)
      .attach('file', pdf(['nieuw']), 'nieuw.pdf');
    expect(version.status).toBe(409);
    expect((await download(id, 1)).body.equals(bytes)).toBe(true);
    const listed = (await t.agent.get(`/api/agreements/${agreementId}/documents`)).body.items.find((d: { id: number }) => d.id === id);
    expect(listed.archived).toBe(true);
    const restored = await t.agent.post(`/api/documents/${id}/restore`).set(t.headers);
    expect(restored.body).toMatchObject({ archived: false, archivedAt: null, archivedBy: null });
    expect((await t.agent.post(`/api/documents/${id}/restore`).set(t.headers)).status).toBe(409);
    const events = t.deps.db.$client.prepare("select action from audit_events where entity_type = 'document' and entity_id = ? order by id").pluck().all(String(id));
    expect(events.filter((a) => a !== 'download')).toEqual(['upload', 'archive', 'restore']);
  });

  it('keeps the files of an archived agreement and refuses new uploads to it', async () => {
    const bytes = pdf(['Bij gearchiveerde overeenkomst']);
    const created = await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: 'Tijdelijk' });
    const id = (await upload(created.body.id, bytes, 'x.pdf')).body.id;
    expect((await t.agent.post(`/api/agreements/${created.body.id}/archive`).set(t.headers).send({ confirm: true })).status).toBe(200);
    const refused = await upload(created.body.id, pdf(['nog een']), 'y.pdf');
    expect(refused.status).toBe(409);
    expect((await download(id, 1)).body.equals(bytes)).toBe(true);
    expect((await t.agent.get(`/api/documents/${id}`)).body.permissions.upload).toBe(false);
  });
});

describe('range requests and inline PDFs', () => {
  let id: number;
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = pdf(Array.from({ length: 20 }, (_, i) => `Pagina ${i + 1}`));
    id = (await upload(agreementId, bytes, 'bereik.pdf')).body.id;
  });

  it('answers one byte range with 206 and Content-Range, an open or a suffix range too', async () => {
    const first = await download(id, 1).set('Range', 'bytes=0-9');
    expect(first.status).toBe(206);
    expect(first.headers['content-range']).toBe(`bytes 0-9/${bytes.length}`);
    expect(first.body.equals(bytes.subarray(0, 10))).toBe(true);
    const rest = await download(id, 1).set('Range', 'bytes=100-');
    expect(rest.body.equals(bytes.subarray(100))).toBe(true);
    const tail = await download(id, 1).set('Range', 'bytes=-6');
    expect(tail.body.toString('latin1')).toBe('%%EOF\n');
  });

  it('answers 416 with Content-Range for a range beyond the end, and the whole file when If-Range does not match', async () => {
    const beyond = await t.agent.get(`/api/documents/${id}/versions/1/content`).set('Range', `bytes=${bytes.length + 10}-`);
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${bytes.length}`);
    expect(beyond.body.code).toBe('range_not_satisfiable');
    const changed = await download(id, 1).set('Range', 'bytes=0-9').set('If-Range', '"iets-anders"');
    expect(changed.status).toBe(200);
    expect(changed.body.equals(bytes)).toBe(true);
    const matching = await download(id, 1)
      .set('Range', 'bytes=0-9')
      .set('If-Range', `"${sha(bytes)}"`);
    expect(matching.status).toBe(206);
  });

  it('shows a PDF inline under a sandbox CSP that only the app may frame; other types only as a download', async () => {
    const inline = await download(id, 1, '?disposition=inline');
    expect(inline.status).toBe(200);
    expect(inline.headers['content-disposition']).toMatch(/^inline; filename="bereik\.pdf"/);
    expect(inline.headers['content-security-policy']).toMatch(/^sandbox;/);
    expect(inline.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    const text = (await upload(agreementId, Buffer.from(`tekst ${Date.now()}`), 't.txt')).body.id;
    const refused = await t.agent.get(`/api/documents/${text}/versions/1/content?disposition=inline`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('query.disposition');
  });
});

describe('the audit trail', () => {
  it('records the upload and every download with who, which document, version and hash; a viewer’s later ranges fold into its first', async () => {
    const bytes = pdf(['Getekend exemplaar']);
    const id = (await upload(agreementId, bytes, 'getekend.pdf')).body.id;
    const reader = await t.signIn({ role: 'viewer' });
    await reader.agent.get(`/api/documents/${id}/versions/1/content`);
    await reader.agent.get(`/api/documents/${id}/versions/1/content`).set('Range', 'bytes=0-99');
    await reader.agent.get(`/api/documents/${id}/versions/1/content`).set('Range', 'bytes=100-199');
    await t.agent.get(`/api/documents/${id}/versions/1/content?disposition=inline`);
    const rows = t.deps.db.$client
      .prepare("select actor_id as actorId, action, after from audit_events where entity_type = 'document' and entity_id = ? order by id")
      .all(String(id)) as { actorId: number; action: string; after: string }[];
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ['upload', t.user.id],
      ['download', reader.user.id],
      ['download', reader.user.id],
      ['download', t.user.id],
    ]);
    expect(JSON.parse(rows[0]!.after)).toMatchObject({ agreementId, version: 1, sha256: sha(bytes), fileName: 'getekend.pdf', mediaType: 'application/pdf' });
    expect(JSON.parse(rows[1]!.after)).toEqual({ agreementId, version: 1, sha256: sha(bytes), fileName: 'getekend.pdf', disposition: 'attachment' });
    expect(JSON.parse(rows[2]!.after)).toMatchObject({ range: '0-99' });
    expect(JSON.parse(rows[3]!.after)).toMatchObject({ disposition: 'inline' });
  });
});

describe('the agreement’s history and interrupted uploads', () => {
  it('shows uploads and downloads in the agreement’s history (Geschiedenis)', async () => {
    const id = (await upload(agreementId, pdf([`Geschiedenis ${Date.now()}`]), 'geschiedenis.pdf')).body.id;
    await download(id, 1);
    const history = await t.agent.get(`/api/agreements/${agreementId}/history`).query({ limit: 5 });
    const mine = history.body.items.filter((e: { entityType: string; entityId: string }) => e.entityType === 'document' && e.entityId === String(id));
    expect(mine.map((e: { action: string }) => e.action)).toEqual(['download', 'upload']);
  });

  it('leaves no temporary file when the client breaks off an upload, and keeps answering', async () => {
    const server = t.app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as { port: number };
    const boundary = 'afgebroken';
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/api/agreements/${agreementId}/documents`,
      headers: {
        Cookie: (await t.agent.get('/api/session')).request.cookies,
        ...t.headers,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': String(900 * 1024),
      },
    });
    req.on('error', () => undefined);
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.pdf"\r\n\r\n%PDF-1.7\n`);
    req.write(Buffer.alloc(300 * 1024, 0x20));
    await new Promise((r) => setTimeout(r, 300));
    expect(fs.readdirSync(path.join(filesDir(), 'tmp')).length).toBe(1);
    req.destroy();
    await new Promise((r) => setTimeout(r, 500));
    expect(fs.readdirSync(path.join(filesDir(), 'tmp'))).toEqual([]);
    expect((await t.agent.get('/api/health')).status).toBe(200);
    server.close();
  });
});

describe('orphans at start', () => {
  it('removes temporary and unreferenced files, and keeps every file a version names', async () => {
    const keep = storedFiles().filter((f) => /^[0-9a-f]{64}$/.test(f));
    expect(keep.length).toBeGreaterThan(5);
    fs.writeFileSync(path.join(filesDir(), 'tmp', 'half.part'), 'half');
    const orphan = 'ab'.repeat(32);
    fs.mkdirSync(path.join(filesDir(), 'ab', 'ab'), { recursive: true });
    fs.writeFileSync(path.join(filesDir(), 'ab', 'ab', orphan), 'zonder rij');
    await removeDocumentOrphans(t.deps);
    expect(storedFiles().sort()).toEqual(keep.sort());
  });
});
