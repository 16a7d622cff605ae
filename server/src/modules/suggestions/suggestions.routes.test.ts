import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Suggestion } from '@akkoord/shared/schemas/suggestion';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';
import { agreementByTitle, RTR_PROCESSOR } from '../reminder-rules/reminders.testing.ts';
import { addDocumentWithText, addVersionWithText, archiveDocument, finishExtraction } from './suggestions.testing.ts';

const SIGNED_COPY = [
  `BESTUURSOVEREENKOMST
Artikel 1 Looptijd
1.1 Deze overeenkomst treedt in werking op 1 januari 2024.
1.2 De overeenkomst wordt aangegaan voor een periode van drie jaar.`,
  `Artikel 2 Opzegging
Partijen kunnen opzeggen met een opzegtermijn van 3 (drie) maanden.
Aldus overeengekomen en ondertekend te Almelo op 12 december 2023.`,
];

let t: TestApp;
let viewer: SignedIn;
let rtrLegal: SignedIn;
let ivz: number;

const list = async (as: SignedIn, id = ivz) => {
  const res = await as.agent.get(`/api/agreements/${id}/suggestions`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as Suggestion[];
};
const byField = (items: Suggestion[], field: string) => items.find((s) => s.field === field);
const agreement = async (id = ivz) => (await t.agent.get(`/api/agreements/${id}`)).body;
const auditRows = () =>
  t.deps.db.$client.prepare(`select entity_type, entity_id, action, after from audit_events order by id`).all() as {
    entity_type: string;
    entity_id: string;
    action: string;
    after: string | null;
  }[];

beforeAll(async () => {
  t = await createTestApp({ today: '2026-09-23' });
  viewer = await t.signIn({ role: 'viewer' });
  rtrLegal = await t.signIn({ role: 'legal', email: 'rtr-jurist@vrt.nl', scope: ['RTR'] });
});
afterAll(() => t.close());

describe('GET /api/agreements/:id/suggestions', () => {
  beforeEach(async () => {
    // A fresh IVZ agreement per test, with no facts and no documents.
    ivz = (
      await t.agent
        .post('/api/agreements')
        .set(t.headers)
        .send({ type: 'governance', title: `IVZ ${Math.random()}`, collaborationCode: 'IVZ' })
        .expect(201)
    ).body.id;
  });

  it('proposes what the text settles, each with its document, version, page and quote', async () => {
    const { documentId } = addDocumentWithText(t, ivz, SIGNED_COPY, { title: 'Bestuursovereenkomst getekend.pdf' });
    const items = await list(viewer);
    expect(items.map((s) => s.field)).toEqual(['startDate', 'termKind', 'initialTermMonths', 'noticePeriod']);
    expect(byField(items, 'startDate')).toEqual({
      id: expect.any(Number),
      field: 'startDate',
      value: '2024-01-01',
      documentId,
      documentTitle: 'Bestuursovereenkomst getekend.pdf',
      version: 1,
      page: 1,
      quote: '1.1 Deze overeenkomst treedt in werking op 1 januari 2024.',
      state: 'open',
    });
    expect(byField(items, 'noticePeriod')).toMatchObject({ value: { value: 3, unit: 'month' }, page: 2 });
    // No parties on this agreement: a signing date has nowhere to go, so it is not proposed.
    expect(byField(items, 'signedDate')).toBeUndefined();
  });

  it('reads only extracted text, leaves archived documents out, and proposes only what is unknown or different', async () => {
    const pending = addDocumentWithText(t, ivz, SIGNED_COPY, { status: 'pending' });
    expect(await list(t)).toEqual([]);
    finishExtraction(t, pending.versionId);
    expect((await list(t)).length).toBe(4);
    const a = await agreement();
    await t.agent.patch(`/api/agreements/${ivz}`).set(t.headers).send({ version: a.version, startDate: '2024-01-01', initialTermMonths: 24 }).expect(200);
    const items = await list(t);
    expect(byField(items, 'startDate')).toBeUndefined();
    expect(byField(items, 'initialTermMonths')).toMatchObject({ value: 36 });
    archiveDocument(t, pending.documentId);
    expect(await list(t)).toEqual([]);
  });

  it('proposes a value once, also when a later version says it again', async () => {
    const { documentId } = addDocumentWithText(t, ivz, SIGNED_COPY);
    const first = await list(t);
    addVersionWithText(t, documentId, SIGNED_COPY);
    expect(await list(t)).toEqual(first);
  });

  it("answers 404 outside the caller's collaborations and for an agreement that does not exist", async () => {
    addDocumentWithText(t, ivz, SIGNED_COPY);
    expect((await rtrLegal.agent.get(`/api/agreements/${ivz}/suggestions`)).status).toBe(404);
    expect((await t.agent.get('/api/agreements/999999/suggestions')).status).toBe(404);
    const rtr = await agreementByTitle(t, RTR_PROCESSOR);
    expect((await rtrLegal.agent.get(`/api/agreements/${rtr.id}/suggestions`)).status).toBe(200);
  });
});

describe('accepting and rejecting', () => {
  let items: Suggestion[];
  beforeEach(async () => {
    ivz = (
      await t.agent
        .post('/api/agreements')
        .set(t.headers)
        .send({ type: 'governance', title: `IVZ ${Math.random()}`, collaborationCode: 'IVZ' })
        .expect(201)
    ).body.id;
    addDocumentWithText(t, ivz, SIGNED_COPY, { title: 'getekend.pdf' });
    items = await list(t);
  });

  it('accept applies the value through the update: version check, lifecycle recomputed, audit naming document, page and quote', async () => {
    const before = await agreement();
    expect(before.status).toBe('unknown_dates');
    const s = byField(items, 'startDate')!;
    const res = await t.agent.post(`/api/agreements/${ivz}/suggestions/${s.id}/accept`).set(t.headers).send({ version: before.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.suggestion).toMatchObject({ id: s.id, state: 'accepted' });
    expect(res.body.agreement).toMatchObject({ startDate: '2024-01-01', version: before.version + 1 });
    expect(res.headers.etag).toBe(`"${ivz}-${before.version + 1}"`);
    const events = auditRows().slice(-2);
    expect(events.map((e) => [e.entity_type, e.action])).toEqual([
      ['agreement', 'update'],
      ['agreement_suggestion', 'accept'],
    ]);
    expect(JSON.parse(events[1]!.after!)).toEqual({
      agreementId: ivz,
      field: 'startDate',
      value: '2024-01-01',
      documentId: s.documentId,
      documentTitle: 'getekend.pdf',
      version: 1,
      page: 1,
      quote: s.quote,
    });
    // Accepting the term as well gives the lifecycle engine enough to compute the end of the term.
    const term = byField(items, 'initialTermMonths')!;
    const after = await t.agent
      .post(`/api/agreements/${ivz}/suggestions/${term.id}/accept`)
      .set(t.headers)
      .send({ version: before.version + 1 });
    expect(after.body.agreement).toMatchObject({ initialTermMonths: 36, currentTermEnd: '2026-12-31' });
    const listed = await list(t);
    expect(byField(listed, 'startDate')).toMatchObject({ state: 'accepted' });
    // The agreement's history shows the accept event.
    const history = (await t.agent.get(`/api/agreements/${ivz}/history`)).body.items as { action: string }[];
    expect(history.map((e) => e.action)).toContain('accept');
  });

  it('refuses a stale version, a missing version and a second decision, changing nothing', async () => {
    const a = await agreement();
    const s = byField(items, 'noticePeriod')!;
    const count = auditRows().length;
    const stale = await t.agent
      .post(`/api/agreements/${ivz}/suggestions/${s.id}/accept`)
      .set(t.headers)
      .send({ version: a.version - 1 > 0 ? a.version - 1 : 999 });
    expect([stale.status, stale.body.code]).toEqual([409, 'stale_write']);
    const missing = await t.agent.post(`/api/agreements/${ivz}/suggestions/${s.id}/accept`).set(t.headers).send({});
    expect([missing.status, missing.body.errors?.[0]?.field]).toEqual([422, 'body.version']);
    expect(auditRows().length).toBe(count);
    expect(byField(await list(t), 'noticePeriod')).toMatchObject({ state: 'open' });
    expect((await agreement()).noticePeriod).toBeNull();
    await t.agent.post(`/api/agreements/${ivz}/suggestions/${s.id}/accept`).set(t.headers).send({ version: a.version }).expect(200);
    const again = await t.agent.post(`/api/agreements/${ivz}/suggestions/${s.id}/reject`).set(t.headers).send({});
    expect([again.status, again.body.code]).toEqual([409, 'conflict']);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  it('a value the agreement refuses answers 422 naming the field, and the suggestion stays open', async () => {
    const a = await agreement();
    await t.agent.patch(`/api/agreements/${ivz}`).set(t.headers).send({ version: a.version, endDate: '2023-06-30' }).expect(200);
    const count = auditRows().length;
    const res = await t.agent
      .post(`/api/agreements/${ivz}/suggestions/${byField(items, 'startDate')!.id}/accept`)
      .set(t.headers)
      .send({ version: a.version + 1 });
    expect([res.status, res.body.code], JSON.stringify(res.body)).toEqual([422, 'validation_failed']);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.endDate']);
    expect(auditRows().length).toBe(count);
    expect(byField(await list(t), 'startDate')).toMatchObject({ state: 'open' });
  });

  it('reject leaves the agreement as it was, records who rejected it, and the value is not proposed again', async () => {
    const a = await agreement();
    const s = byField(items, 'startDate')!;
    const res = await t.agent.post(`/api/agreements/${ivz}/suggestions/${s.id}/reject`).set(t.headers).send({});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: s.id, state: 'rejected' });
    expect((await agreement()).version).toBe(a.version);
    expect(auditRows().at(-1)).toMatchObject({ entity_type: 'agreement_suggestion', entity_id: String(s.id), action: 'reject' });
    const listed = await list(t);
    expect(listed.filter((x) => x.field === 'startDate')).toEqual([{ ...s, state: 'rejected' }]);
  });

  it('reopen puts a decided suggestion back to open (undo), with its audit event, and refuses an open one', async () => {
    const s = byField(items, 'noticePeriod')!;
    await t.agent.post(`/api/agreements/${ivz}/suggestions/${s.id}/reject`).set(t.headers).send({}).expect(200);
    const res = await t.agent.post(`/api/agreements/${ivz}/suggestions/${s.id}/reopen`).set(t.headers).send({});
    expect([res.status, res.body.state]).toEqual([200, 'open']);
    expect(auditRows().at(-1)).toMatchObject({ entity_type: 'agreement_suggestion', entity_id: String(s.id), action: 'reopen' });
    expect(byField(await list(t), 'noticePeriod')).toMatchObject({ id: s.id, state: 'open' });
    const again = await t.agent.post(`/api/agreements/${ivz}/suggestions/${s.id}/reopen`).set(t.headers).send({});
    expect([again.status, again.body.code]).toEqual([409, 'conflict']);
    const asViewer = await viewer.agent.post(`/api/agreements/${ivz}/suggestions/${s.id}/reopen`).set(viewer.headers).send({});
    expect(asViewer.status).toBe(403);
  });

  it('refuses every decision while the agreement is archived (409), changing nothing, and allows it again once restored', async () => {
    const open = byField(items, 'startDate')!;
    const decided = byField(items, 'noticePeriod')!;
    await t.agent.post(`/api/agreements/${ivz}/suggestions/${decided.id}/reject`).set(t.headers).send({}).expect(200);
    await t.agent.post(`/api/agreements/${ivz}/archive`).set(t.headers).send({}).expect(200);
    const a = await agreement();
    const audited = auditRows().length;
    for (const [id, action] of [
      [open.id, 'reject'],
      [open.id, 'accept'],
      [decided.id, 'reopen'],
    ] as const) {
      const res = await t.agent.post(`/api/agreements/${ivz}/suggestions/${id}/${action}`).set(t.headers).send({ version: a.version });
      expect([action, res.status, res.body.code]).toEqual([action, 409, 'conflict']);
    }
    expect(auditRows()).toHaveLength(audited);
    expect((await agreement()).version).toBe(a.version);
    const listed = await list(t);
    expect([byField(listed, 'startDate')?.state, listed.find((x) => x.id === decided.id)?.state]).toEqual(['open', 'rejected']);
    await t.agent.post(`/api/agreements/${ivz}/restore`).set(t.headers).send({}).expect(200);
    await t.agent.post(`/api/agreements/${ivz}/suggestions/${open.id}/reject`).set(t.headers).send({}).expect(200);
  });

  it('readers read but may not decide; outside the scope it is 404; an unknown suggestion is 404', async () => {
    const s = byField(items, 'startDate')!;
    const asViewer = await viewer.agent.post(`/api/agreements/${ivz}/suggestions/${s.id}/accept`).set(viewer.headers).send({ version: 1 });
    expect([asViewer.status, asViewer.body.code]).toEqual([403, 'forbidden']);
    const outside = await rtrLegal.agent.post(`/api/agreements/${ivz}/suggestions/${s.id}/reject`).set(rtrLegal.headers).send({});
    expect(outside.status).toBe(404);
    const rtr = await agreementByTitle(t, RTR_PROCESSOR);
    const elsewhere = await rtrLegal.agent.post(`/api/agreements/${rtr.id}/suggestions/${s.id}/reject`).set(rtrLegal.headers).send({});
    expect(elsewhere.status).toBe(404);
    expect(byField(await list(t), 'startDate')).toMatchObject({ state: 'open' });
  });
});

describe('a signing date', () => {
  it('goes to every party of the agreement', async () => {
    const rtr = await agreementByTitle(t, RTR_PROCESSOR);
    const full = (await t.agent.get(`/api/agreements/${rtr.id}`)).body;
    expect(full.parties.length).toBeGreaterThan(1);
    addDocumentWithText(t, rtr.id, SIGNED_COPY);
    const s = byField(await list(t, rtr.id), 'signedDate')!;
    expect(s).toMatchObject({ value: '2023-12-12', page: 2, quote: 'Aldus overeengekomen en ondertekend te Almelo op 12 december 2023.' });
    const res = await t.agent.post(`/api/agreements/${rtr.id}/suggestions/${s.id}/accept`).set(t.headers).set('If-Match', `"${rtr.id}-${full.version}"`).send({});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.agreement.parties.map((p: { signedDate: string }) => p.signedDate)).toEqual(full.parties.map(() => '2023-12-12'));
    expect(byField(await list(t, rtr.id), 'signedDate')).toMatchObject({ state: 'accepted' });
  });
});
