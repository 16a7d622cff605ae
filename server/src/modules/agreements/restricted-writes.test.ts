import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';
import { agreementByTitle, IVZ_BO, RTR_DVO_RJ, RTR_PROCESSOR, ZVHT_DVO } from '../reminder-rules/reminders.testing.ts';

/*
 * Writes by a legal advisor limited to RTR that would leave RTR, or change
 * what lies outside it, are refused before anything is written (decision
 * 033): an agreement without a collaboration (outside every scope), a
 * relation whose other end they may not see, and the collaboration hierarchy
 * (which decides what follows and team addresses reach).
 */

let t: TestApp;
let rtrLegal: SignedIn;

/** Everything these writes could touch: agreements, relations, the hierarchy and the audit trail. */
const snapshot = () => {
  const db = t.deps.db.$client;
  return {
    agreements: db.prepare('select id, version, collaboration_id from agreements order by id').all(),
    relations: db.prepare('select id, source_id, target_id, kind from agreement_relations order by id').all(),
    collaborations: db.prepare('select id, code, parent_id from collaborations order by id').all(),
    audit: db.prepare('select count(*) as n, max(id) as last from audit_events').get(),
  };
};

beforeAll(async () => {
  t = await createTestApp({ today: '2026-09-23' });
  rtrLegal = await t.signIn({ role: 'legal', email: 'rtr-jurist@vrt.nl', scope: ['RTR'] });
});
afterAll(() => t.close());

const expectFieldError = (res: { status: number; body: { code?: string; errors?: { field: string }[] } }, field: string) => {
  expect([res.status, res.body.code], JSON.stringify(res.body)).toEqual([422, 'validation_failed']);
  expect(res.body.errors?.map((e) => e.field)).toContain(field);
};

describe('an agreement without a collaboration, for an advisor limited to RTR', () => {
  test('PATCH with collaborationCode null is 422 on the field, and nothing is written', async () => {
    const a = await agreementByTitle(t, RTR_PROCESSOR);
    const before = snapshot();
    const res = await rtrLegal.agent
      .patch(`/api/agreements/${a.id}`)
      .set(rtrLegal.headers)
      .send({ version: a.version, collaborationCode: null, title: 'Zonder samenwerkingsverband' });
    expectFieldError(res, 'body.collaborationCode');
    expect(snapshot()).toEqual(before);
    expect((await rtrLegal.agent.get(`/api/agreements/${a.id}`)).body).toMatchObject({ title: RTR_PROCESSOR, collaborationCode: 'RTR' });
  });

  test('POST without a collaboration, or with null, is 422 on the field, and nothing is written', async () => {
    const before = snapshot();
    for (const extra of [{}, { collaborationCode: null }]) {
      const res = await rtrLegal.agent
        .post('/api/agreements')
        .set(rtrLegal.headers)
        .send({ type: 'service', title: 'Nieuwe overeenkomst', ...extra });
      expectFieldError(res, 'body.collaborationCode');
    }
    expect(snapshot()).toEqual(before);
  });

  test('POST within RTR still works and the new agreement can be read back', async () => {
    const res = await rtrLegal.agent.post('/api/agreements').set(rtrLegal.headers).send({ type: 'service', title: 'Nieuwe RTR-overeenkomst', collaborationCode: 'RTR' });
    expect(res.status, res.text).toBe(201);
    expect((await rtrLegal.agent.get(`/api/agreements/${res.body.id}`)).status).toBe(200);
  });

  test('a renewal successor stays in the predecessor’s collaboration, so its advisor can read it', async () => {
    const a = await agreementByTitle(t, RTR_DVO_RJ);
    const res = await rtrLegal.agent.post(`/api/agreements/${a.id}/renewal`).set(rtrLegal.headers).send({});
    expect(res.status, res.text).toBeLessThan(300);
    expect(res.body.successor.collaborationCode).toBe('RTR');
    expect((await rtrLegal.agent.get(`/api/agreements/${res.body.successor.id}`)).status).toBe(200);
  });

  test('an unlimited advisor may still take an agreement out of every collaboration', async () => {
    const legal = await t.signIn({ role: 'legal', email: 'jurist@vrt.nl' });
    const res = await legal.agent.post('/api/agreements').set(legal.headers).send({ type: 'service', title: 'Los van samenwerkingsverbanden' });
    expect(res.status, res.text).toBe(201);
    expect(res.body.collaborationCode).toBeNull();
  });
});

describe('a relation to an agreement outside RTR', () => {
  let relationId: number;
  let processor: number;
  beforeAll(async () => {
    processor = (await agreementByTitle(t, RTR_PROCESSOR)).id;
    const zvht = (await agreementByTitle(t, ZVHT_DVO)).id;
    const made = await t.agent.post(`/api/agreements/${processor}/relations`).set(t.headers).send({ otherAgreementId: zvht, kind: 'based_on', direction: 'outgoing' });
    expect(made.status, made.text).toBe(201);
    relationId = made.body.id;
  });

  test('may not be created by the advisor (as before) nor removed: 422 as for creating, nothing written', async () => {
    const ivz = (await agreementByTitle(t, IVZ_BO)).id;
    const create = await rtrLegal.agent
      .post(`/api/agreements/${processor}/relations`)
      .set(rtrLegal.headers)
      .send({ otherAgreementId: ivz, kind: 'based_on', direction: 'outgoing' });
    const before = snapshot();
    const remove = await rtrLegal.agent.delete(`/api/agreements/${processor}/relations/${relationId}`).set(rtrLegal.headers);
    expect([remove.status, remove.body.code]).toEqual([create.status, create.body.code]);
    expectFieldError(remove, 'params.relationId');
    expect(remove.text).not.toContain(ZVHT_DVO);
    expect(snapshot()).toEqual(before);
  });

  test('may be removed by an unlimited account', async () => {
    expect((await t.agent.delete(`/api/agreements/${processor}/relations/${relationId}`).set(t.headers)).status).toBe(204);
  });
});

describe('the collaboration hierarchy', () => {
  test('an advisor limited to RTR may not house RTR within ZVHT (which would widen what RTR’s feeds show)', async () => {
    const before = snapshot();
    const res = await rtrLegal.agent.put('/api/collaborations/RTR/parent').set(rtrLegal.headers).send({ parentCode: 'ZVHT' });
    expectFieldError(res, 'body.parentCode');
    expect(snapshot()).toEqual(before);
  });

  test('an advisor limited to KMT may not take KMT out of ZVHT, which houses it (403)', async () => {
    const kmtLegal = await t.signIn({ role: 'legal', email: 'kmt-jurist@vrt.nl', scope: ['KMT'] });
    const before = snapshot();
    const res = await kmtLegal.agent.put('/api/collaborations/KMT/parent').set(kmtLegal.headers).send({ parentCode: null });
    expect([res.status, res.body.code]).toEqual([403, 'forbidden']);
    expect(snapshot()).toEqual(before);
  });

  test('an advisor whose scope holds both parents may move it; an unlimited one may always', async () => {
    const both = await t.signIn({ role: 'legal', email: 'kmt-zvht-jurist@vrt.nl', scope: ['KMT', 'ZVHT'] });
    const out = await both.agent.put('/api/collaborations/KMT/parent').set(both.headers).send({ parentCode: null });
    expect(out.status, out.text).toBe(200);
    const back = await both.agent.put('/api/collaborations/KMT/parent').set(both.headers).send({ parentCode: 'ZVHT' });
    expect(back.body).toMatchObject({ code: 'KMT', parentCode: 'ZVHT' });
    const admin = await t.agent.put('/api/collaborations/RTR/parent').set(t.headers).send({ parentCode: 'IVZ' });
    expect(admin.body).toMatchObject({ code: 'RTR', parentCode: 'IVZ' });
    expect((await t.agent.put('/api/collaborations/RTR/parent').set(t.headers).send({ parentCode: null })).status).toBe(200);
  });

  test('the answer names no collaboration above the caller’s own: its ancestors stop at the first one outside their scope', async () => {
    const both = await t.signIn({ role: 'legal', email: 'kmt-zvht-jurist2@vrt.nl', scope: ['KMT', 'ZVHT'] });
    expect((await t.agent.put('/api/collaborations/ZVHT/parent').set(t.headers).send({ parentCode: 'IVZ' })).status).toBe(200);
    try {
      const res = await both.agent.put('/api/collaborations/KMT/parent').set(both.headers).send({ parentCode: 'ZVHT' });
      expect(res.status, res.text).toBe(200);
      expect(res.body).toEqual({ code: 'KMT', parentCode: 'ZVHT', ancestors: ['ZVHT'] });
      expect(JSON.stringify(res.body)).not.toContain('IVZ');
      const admin = await t.agent.put('/api/collaborations/KMT/parent').set(t.headers).send({ parentCode: 'ZVHT' });
      expect(admin.body).toEqual({ code: 'KMT', parentCode: 'ZVHT', ancestors: ['ZVHT', 'IVZ'] });
    } finally {
      expect((await t.agent.put('/api/collaborations/ZVHT/parent').set(t.headers).send({ parentCode: null })).status).toBe(200);
    }
  });
});
