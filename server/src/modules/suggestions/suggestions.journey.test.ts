import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Suggestion } from '@akkoord/shared/schemas/suggestion';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { textPdf } from '../../test/pdf-fixtures.ts';
import { startTextExtraction } from '../document-text/text-queue.ts';

/*
 * The whole journey on the server: a signed copy uploaded as a PDF, its text
 * extracted by the queue, the facts proposed with their page and sentence,
 * one accepted into the agreement.
 */
let t: TestApp;
let stop: () => Promise<void>;
beforeAll(async () => {
  t = await createTestApp({ today: '2026-09-23' });
  stop = startTextExtraction(t.deps).stop;
});
afterAll(async () => {
  await stop();
  t.close();
});

it('proposes the facts of an uploaded signed copy once its text is read, and accepting one changes the agreement', async () => {
  const id = (await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: 'DVO brandweerzorg', collaborationCode: 'IVZ' }).expect(201)).body.id;
  const pdf = textPdf([
    ['Artikel 1. Deze overeenkomst treedt in werking op 1 januari 2024.', 'De overeenkomst wordt aangegaan voor een periode van drie jaar.'],
    ['Artikel 2. Partijen kunnen opzeggen met een opzegtermijn van 3 (drie) maanden.'],
  ]);
  const uploaded = await t.agent.post(`/api/agreements/${id}/documents`).set(t.headers).field('kind', 'signed_copy').attach('file', pdf, 'DVO getekend.pdf');
  expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
  const documentId = uploaded.body.id as number;

  let items: Suggestion[] = [];
  await expect
    .poll(
      async () => {
        items = (await t.agent.get(`/api/agreements/${id}/suggestions`)).body.items;
        return items.map((s) => s.field);
      },
      { timeout: 60_000, interval: 200 },
    )
    .toEqual(['startDate', 'termKind', 'initialTermMonths', 'noticePeriod']);
  const notice = items.find((s) => s.field === 'noticePeriod')!;
  expect(notice).toMatchObject({ documentId, version: 1, page: 2, value: { value: 3, unit: 'month' }, state: 'open' });
  expect(notice.quote).toContain('opzegtermijn van 3 (drie) maanden');

  const version = (await t.agent.get(`/api/agreements/${id}`)).body.version;
  const accepted = await t.agent.post(`/api/agreements/${id}/suggestions/${notice.id}/accept`).set(t.headers).send({ version });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  expect(accepted.body.agreement.noticePeriod).toEqual({ value: 3, unit: 'month' });
}, 90_000);
