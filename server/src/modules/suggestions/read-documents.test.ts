import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { readUnreadDocuments } from './read-documents.ts';
import { addDocumentWithText } from './suggestions.testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('reads a long document in turns, so other work goes on meanwhile, and reads it once', async () => {
  const id = (await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: 'Lang document', collaborationCode: 'IVZ' }).expect(201)).body.id;
  const filler = 'Artikel 9. Partijen werken samen aan de veiligheid in Twente en overleggen daartoe geregeld. '.repeat(60);
  const pages = Array.from({ length: 60 }, (_, i) => (i === 0 ? `Deze overeenkomst treedt in werking op 1 maart 2025. ${filler}` : filler));
  addDocumentWithText(t, id, pages);
  const order: string[] = [];
  const reading = readUnreadDocuments(t.deps, id).then(() => order.push('read'));
  setImmediate(() => order.push('other work'));
  await reading;
  expect(order).toEqual(['other work', 'read']);
  const count = () => (t.deps.db.$client.prepare('select count(*) as n from agreement_suggestions where agreement_id = ?').get(id) as { n: number }).n;
  expect(count()).toBe(1);
  await readUnreadDocuments(t.deps, id);
  expect(count()).toBe(1);
});
