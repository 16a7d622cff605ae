import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';

/** Owners are people: picked from accounts (by e-mail), and the register filtered by owner ("Mijn overeenkomsten"). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/owner-accounts', () => {
  it('lists active accounts by name with only name and e-mail, to every role', async () => {
    const viewer = await t.signIn({ role: 'viewer' });
    const legal = await t.signIn({ role: 'legal' });
    const gone = await t.agent.post('/api/users').set(t.headers).send({ email: 'vertrokken@vrt.nl', name: 'Vertrokken Collega', role: 'manager' });
    expect(gone.status).toBe(201);
    expect((await t.agent.post(`/api/users/${gone.body.user.id}/deactivate`).set(t.headers).send({})).status).toBeLessThan(300);
    const res = await viewer.agent.get('/api/owner-accounts');
    expect(res.status).toBe(200);
    const emails = (res.body as { email: string }[]).map((a) => a.email);
    expect(emails).toEqual(expect.arrayContaining([viewer.user.email, legal.user.email]));
    expect(emails).not.toContain('vertrokken@vrt.nl');
    for (const a of res.body as object[]) expect(Object.keys(a).sort()).toEqual(['email', 'id', 'name']);
    const names = (res.body as { name: string }[]).map((a) => a.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('is not for the signed-out', async () => {
    const supertest = (await import('supertest')).default;
    expect((await supertest(t.app).get('/api/owner-accounts')).status).toBe(401);
  });
});

describe('the register by owner', () => {
  it('finds the agreements whose owner has this e-mail or name, case-insensitive, in list and counts, within the scope', async () => {
    const list = (await t.agent.get('/api/agreements').query({ limit: 100 })).body.items as { id: number; version: number; collaborationCode: string | null }[];
    const rtr = list.find((a) => a.collaborationCode === 'RTR')!;
    const ivz = list.find((a) => a.collaborationCode === 'IVZ')!;
    for (const a of [rtr, ivz]) {
      const res = await t.agent.patch(`/api/agreements/${a.id}`).set(t.headers).send({ version: a.version, ownerName: 'Jet Jansen', ownerEmail: 'jet.jansen@vrt.nl' });
      expect(res.status).toBe(200);
    }
    const mine = await t.agent.get('/api/agreements').query({ owner: 'JET.JANSEN@vrt.nl' });
    expect(mine.status).toBe(200);
    expect((mine.body.items as { id: number }[]).map((a) => a.id).sort()).toEqual([rtr.id, ivz.id].sort());
    expect((await t.agent.get('/api/agreements').query({ owner: 'jet jansen' })).body.total).toBe(2);
    expect((await t.agent.get('/api/agreements/counts').query({ owner: 'jet.jansen@vrt.nl' })).body.total).toBe(2);
    expect((await t.agent.get('/api/agreements').query({ owner: 'niemand@vrt.nl' })).body.total).toBe(0);
    const rtrViewer = await t.signIn({ role: 'viewer', email: 'rtr-viewer@akkoord.test', scope: ['RTR'] });
    expect((await rtrViewer.agent.get('/api/agreements').query({ owner: 'jet.jansen@vrt.nl' })).body.items.map((a: { id: number }) => a.id)).toEqual([rtr.id]);
    const tooLong = await t.agent.get('/api/agreements').query({ owner: 'x'.repeat(321) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors[0].field).toBe('query.owner');
  });
});
