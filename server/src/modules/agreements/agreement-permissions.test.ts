import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ role: 'legal' });
});
afterAll(() => t.close());

describe('per-object permissions on an agreement', () => {
  it('tell each role what it may do, narrowed by the agreement’s state', async () => {
    const created = await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: 'Rechten-proef' });
    expect(created.body.permissions).toEqual({ read: true, create: true, update: true, archive: true, restore: false, legal_hold: true });
    const viewer = await t.signIn({ role: 'viewer' });
    const seen = await viewer.agent.get(`/api/agreements/${created.body.id}`);
    expect(seen.body.permissions).toEqual({ read: true, create: false, update: false, archive: false, restore: false, legal_hold: false });
    const archived = await t.agent.post(`/api/agreements/${created.body.id}/archive`).set(t.headers).send({});
    expect(archived.body.permissions).toMatchObject({ update: false, archive: false, restore: true });
    const restored = await t.agent.post(`/api/agreements/${created.body.id}/restore`).set(t.headers);
    expect(restored.body.permissions).toMatchObject({ update: true, archive: true, restore: false });
  });
});
