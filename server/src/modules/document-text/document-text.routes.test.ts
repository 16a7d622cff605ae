import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import supertest from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { manyPagesPdf, passwordProtectedPdf, scannedPdf, textPdf } from '../../test/pdf-fixtures.ts';
import { zipFile } from '../../test/zip-fixtures.ts';
import { onTextExtracted, type TextExtracted } from './text-events.ts';
import { startTextExtraction } from './text-queue.ts';

/** Extraction at the tests' own priority: other suites run beside them (production runs it at nice 19). */
const FAST = { nice: 0 };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let t: TestApp | undefined;
let stopQueue: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stopQueue?.();
  stopQueue = undefined;
  t?.close();
  t = undefined;
});

/** An agreement of the Twente register in this collaboration. */
function agreementIn(app: TestApp, code: string): number {
  const row = app.deps.db.get<{ id: number }>(sql`select a.id from agreements a join collaborations c on c.id = a.collaboration_id where c.code = ${code} order by a.id limit 1`);
  if (!row) throw new Error(`no agreement in ${code}`);
  return row.id;
}

/**
 * A document with one version whose text is pending, stored as the upload stores it
 * (the file under DATA_DIR/files/ab/cd/<sha256>, the rows inserted directly).
 */
function storeVersion(app: TestApp, agreementId: number, bytes: Buffer, mediaType: string): { documentId: number; versionId: number } {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const file = path.join(app.deps.config.dataDir, 'files', sha.slice(0, 2), sha.slice(2, 4), sha);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  const userId = app.user.id;
  const doc = app.deps.db.get<{ id: number }>(
    sql`insert into documents (agreement_id, kind, title, created_by) values (${agreementId}, 'signed_copy', 'contract.pdf', ${userId}) returning id`,
  )!;
  const version = app.deps.db.get<{ id: number }>(
    sql`insert into document_versions (document_id, version, sha256, size_bytes, media_type, file_name, uploaded_by) values (${doc.id}, 1, ${sha}, ${bytes.length}, ${mediaType}, 'contract', ${userId}) returning id`,
  )!;
  return { documentId: doc.id, versionId: version.id };
}

const textOf = (app: TestApp, documentId: number, version = 1) => app.agent.get(`/api/documents/${documentId}/versions/${version}/text`);

describe('GET /api/documents/:id/versions/:version/text', () => {
  it('is pending until the queue ran, then answers the pages; listeners hear that the text is done', async () => {
    t = await createTestApp();
    const { documentId, versionId } = storeVersion(
      t,
      agreementIn(t, 'RTR'),
      textPdf([['Artikel 1. Deze overeenkomst treedt in werking op 1 januari 2024.'], ['Artikel 2. Opzegtermijn drie maanden.']]),
      'application/pdf',
    );
    const pending = await textOf(t, documentId);
    expect(pending.status).toBe(200);
    expect(pending.body).toEqual({ status: 'pending', reason: null, extractedAt: null, pages: [] });

    const heard: TextExtracted[] = [];
    const unsubscribe = onTextExtracted((e) => void heard.push(e));
    const { queue, stop } = startTextExtraction(t.deps, FAST);
    stopQueue = stop;
    await queue.idle();
    unsubscribe();

    const done = await textOf(t, documentId);
    expect(done.body).toEqual({
      status: 'done',
      reason: null,
      extractedAt: t.deps.clock.now().toISOString(),
      pages: [
        { page: 1, text: 'Artikel 1. Deze overeenkomst treedt in werking op 1 januari 2024.' },
        { page: 2, text: 'Artikel 2. Opzegtermijn drie maanden.' },
      ],
    });
    expect(heard).toEqual([{ versionId, documentId, agreementId: agreementIn(t, 'RTR'), status: 'done' }]);
  }, 120_000);

  it('extracts an upload by itself: the upload announces the new version and the running queue reads it', async () => {
    t = await createTestApp();
    const { queue, stop } = startTextExtraction(t.deps, FAST);
    stopQueue = stop;
    await queue.idle();
    const uploaded = await t.agent
      .post(`/api/agreements/${agreementIn(t, 'RTR')}/documents`)
      .set(t.headers)
      .field('kind', 'signed_copy')
      .attach('file', textPdf([['Aldus overeengekomen en ondertekend te Enschede op 3 maart 2024.']]), 'getekend.pdf');
    expect(uploaded.status).toBe(201);
    await queue.idle();
    expect((await textOf(t, uploaded.body.id as number)).body).toMatchObject({
      status: 'done',
      pages: [{ page: 1, text: 'Aldus overeengekomen en ondertekend te Enschede op 3 maart 2024.' }],
    });
  }, 120_000);

  it('follows the agreement: other roles read it, outside the scope or unknown it is 404, signed out 401', async () => {
    t = await createTestApp();
    const { documentId } = storeVersion(t, agreementIn(t, 'RTR'), Buffer.from('Tekst'), 'text/plain');
    const viewer = await t.signIn({ role: 'viewer', scope: ['RTR'] });
    expect((await viewer.agent.get(`/api/documents/${documentId}/versions/1/text`)).status).toBe(200);
    const outside = await t.signIn({ role: 'legal', email: 'ivz@akkoord.test', scope: ['IVZ'] });
    const hidden = await outside.agent.get(`/api/documents/${documentId}/versions/1/text`);
    expect(hidden.status).toBe(404);
    expect(hidden.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await textOf(t, documentId, 2)).status).toBe(404);
    expect((await textOf(t, documentId + 1000)).status).toBe(404);
    const bad = await t.agent.get(`/api/documents/${documentId}/versions/0/text`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'params.version' })]);
    expect((await supertest(t.app).get(`/api/documents/${documentId}/versions/1/text`)).status).toBe(401);
  });

  it('ends hostile and unreadable files as failed with a reason, and scans without OCR as no_text_layer', async () => {
    t = await createTestApp({ env: { TESSERACT_PATH: '' } });
    const rtr = agreementIn(t, 'RTR');
    const bomb = storeVersion(t, rtr, zipFile([{ name: 'word/document.xml', data: Buffer.alloc(80 * 1024 * 1024, 0x20) }]), DOCX);
    const many = storeVersion(t, rtr, manyPagesPdf(10_000), 'application/pdf');
    const locked = storeVersion(t, rtr, passwordProtectedPdf(), 'application/pdf');
    const scan = storeVersion(t, rtr, scannedPdf([{ width: 200, height: 100, pixels: new Uint8Array(200 * 100).fill(255) }]), 'application/pdf');
    const { queue, stop } = startTextExtraction(t.deps, FAST);
    stopQueue = stop;
    await queue.idle();
    expect((await textOf(t, bomb.documentId)).body).toMatchObject({ status: 'failed', reason: 'too_large', pages: [] });
    expect((await textOf(t, many.documentId)).body).toMatchObject({ status: 'failed', reason: 'too_many_pages', pages: [] });
    expect((await textOf(t, locked.documentId)).body).toMatchObject({ status: 'failed', reason: 'encrypted', pages: [] });
    expect((await textOf(t, scan.documentId)).body).toMatchObject({ status: 'no_text_layer', reason: 'ocr_unavailable', pages: [] });
  }, 180_000);

  it('keeps answering health while a parser hangs, and ends the version as failed (timeout) within the limit', async () => {
    t = await createTestApp({ env: { DOCUMENT_TEXT_TIMEOUT_SECONDS: '3' } });
    const { documentId } = storeVersion(t, agreementIn(t, 'RTR'), textPdf([['Tekst']]), 'application/pdf');
    const hang = fileURLToPath(new URL('./test-children/hang.mjs', import.meta.url));
    const started = performance.now();
    const { queue, stop } = startTextExtraction(t.deps, { ...FAST, entry: hang });
    stopQueue = stop;
    const slowest: number[] = [];
    while (performance.now() - started < 2500) {
      const at = performance.now();
      const health = await supertest(t.app).get('/api/health');
      expect(health.status).toBe(200);
      slowest.push(performance.now() - at);
    }
    await queue.idle();
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(slowest.length).toBeGreaterThan(10);
    expect((await textOf(t, documentId)).body).toMatchObject({ status: 'failed', reason: 'timeout' });
  }, 60_000);

  it('leaves a version pending when the server stops during its extraction, for the next start', async () => {
    t = await createTestApp();
    const { documentId } = storeVersion(t, agreementIn(t, 'RTR'), textPdf([['Tekst']]), 'application/pdf');
    const hang = fileURLToPath(new URL('./test-children/hang.mjs', import.meta.url));
    const first = startTextExtraction(t.deps, { ...FAST, entry: hang });
    await new Promise((r) => setTimeout(r, 500));
    await first.stop();
    expect((await textOf(t, documentId)).body.status).toBe('pending');
    const second = startTextExtraction(t.deps, FAST);
    stopQueue = second.stop;
    await second.queue.idle();
    expect((await textOf(t, documentId)).body).toMatchObject({ status: 'done', pages: [{ page: 1, text: 'Tekst' }] });
  }, 120_000);
});
