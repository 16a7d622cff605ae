import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const signIn = (email: string, password: string) => supertest(t.app).post('/api/session').send({ email, password });
const auditOf = (id: number) =>
  t.deps.db.$client.prepare("select action, actor_label as actor, before, after from audit_events where entity_type = 'user' and entity_id = ? order by id").all(String(id)) as {
    action: string;
    actor: string;
    before: string | null;
    after: string | null;
  }[];

describe('user administration', () => {
  it('creates an account with a generated password that works once shown, and audits it without the hash', async () => {
    const res = await t.agent
      .post('/api/users')
      .set(t.headers)
      .send({ email: 'Jurist@VRT.nl', role: 'legal', collaborationScope: ['rtr'] });
    expect(res.status).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.user).toMatchObject({ email: 'jurist@vrt.nl', name: 'jurist', role: 'legal', collaborationScope: ['RTR'], active: true, mustChangePassword: true });
    expect(res.body.temporaryPassword).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash/);
    const session = await signIn('jurist@vrt.nl', res.body.temporaryPassword);
    expect(session.status).toBe(200);
    expect(session.body.user.mustChangePassword).toBe(true);
    const events = auditOf(res.body.user.id);
    expect(events.map((e) => [e.action, e.actor])).toEqual([['create', 'admin@akkoord.test']]);
    expect(events[0]!.after).not.toMatch(/argon2/);
  });

  it('refuses a taken e-mail (any case), a short password and an unknown collaboration', async () => {
    const taken = await t.agent.post('/api/users').set(t.headers).send({ email: 'ADMIN@akkoord.test', role: 'viewer' });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].field).toBe('body.email');
    const short = await t.agent.post('/api/users').set(t.headers).send({ email: 'a@vrt.nl', role: 'viewer', password: 'kort' });
    expect(short.status).toBe(422);
    expect(short.body.errors[0].field).toBe('body.password');
    const scope = await t.agent
      .post('/api/users')
      .set(t.headers)
      .send({ email: 'b@vrt.nl', role: 'viewer', collaborationScope: ['XYZ'] });
    expect(scope.status).toBe(422);
    expect(scope.body.errors[0].field).toBe('body.collaborationScope');
    const role = await t.agent.post('/api/users').set(t.headers).send({ email: 'c@vrt.nl', role: 'superuser' });
    expect(role.status).toBe(422);
  });

  it('limits a scoped user to the agreements of their collaborations', async () => {
    const created = await t.agent
      .post('/api/users')
      .set(t.headers)
      .send({ email: 'rtr@vrt.nl', role: 'viewer', collaborationScope: ['RTR'], password: 'een lang wachtwoord' });
    const agent = supertest.agent(t.app);
    await agent.post('/api/session').send({ email: 'rtr@vrt.nl', password: 'een lang wachtwoord' });
    const mine = await agent.get('/api/agreements').query({ limit: 100 });
    expect(mine.body.total).toBe(5);
    expect(new Set(mine.body.items.map((a: { collaborationCode: string }) => a.collaborationCode))).toEqual(new Set(['RTR']));
    const all = await t.agent.get('/api/agreements').query({ limit: 100 });
    const foreign = all.body.items.find((a: { collaborationCode: string }) => a.collaborationCode !== 'RTR');
    expect((await agent.get(`/api/agreements/${foreign.id}`)).status).toBe(404);
    expect((await agent.get(`/api/agreements/${foreign.id}/history`)).status).toBe(404);
    // Widening the scope takes effect on the next request, without signing in again.
    const widened = await t.agent.patch(`/api/users/${created.body.user.id}`).set(t.headers).send({ collaborationScope: null });
    expect(widened.status).toBe(200);
    expect((await agent.get('/api/agreements').query({ limit: 100 })).body.total).toBe(all.body.total);
  });

  it('changes the role with optimistic concurrency, effective immediately', async () => {
    const created = await t.agent.post('/api/users').set(t.headers).send({ email: 'promo@vrt.nl', role: 'viewer', password: 'een lang wachtwoord' });
    const agent = supertest.agent(t.app);
    const session = await agent.post('/api/session').send({ email: 'promo@vrt.nl', password: 'een lang wachtwoord' });
    const csrf = { 'X-CSRF-Token': session.body.csrfToken as string };
    expect((await agent.post('/api/agreements').set(csrf).send({ type: 'service', title: 'Door promo' })).status).toBe(403);
    const id = created.body.user.id as number;
    const updated = await t.agent.patch(`/api/users/${id}`).set(t.headers).send({ role: 'legal', version: 1 });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ role: 'legal', version: 2 });
    const stale = await t.agent.patch(`/api/users/${id}`).set(t.headers).send({ role: 'manager', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_write');
    expect(stale.body.current.role).toBe('legal');
    expect((await agent.post('/api/agreements').set(csrf).send({ type: 'service', title: 'Door promo' })).status).toBe(201);
    const update = auditOf(id).find((e) => e.action === 'update')!;
    expect(JSON.parse(update.before!).role).toBe('viewer');
    expect(JSON.parse(update.after!).role).toBe('legal');
  });

  it('refuses a common or leaked password for a new account, naming the field (issue 15, item 9)', async () => {
    const res = await t.agent.post('/api/users').set(t.headers).send({ email: 'zwak@vrt.nl', role: 'legal', password: 'Password1234!' });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body.password', code: 'common_password' })]);
    expect((await t.agent.get('/api/users')).body.map((u: { email: string }) => u.email)).not.toContain('zwak@vrt.nl');
  });

  it('resets a password: shown once, failures forgotten, sessions ended, old password refused', async () => {
    const created = await t.agent.post('/api/users').set(t.headers).send({ email: 'vergeten@vrt.nl', role: 'manager', password: 'een lang wachtwoord' });
    const id = created.body.user.id as number;
    const agent = supertest.agent(t.app);
    await agent.post('/api/session').send({ email: 'vergeten@vrt.nl', password: 'een lang wachtwoord' });
    for (let i = 0; i < 5; i++) expect((await signIn('vergeten@vrt.nl', 'fout')).status).toBe(401);
    const reset = await t.agent.post(`/api/users/${id}/reset-password`).set(t.headers);
    expect(reset.status).toBe(200);
    expect(reset.body.user).toMatchObject({ lockedUntil: null, mustChangePassword: true });
    expect((await agent.get('/api/session')).status).toBe(401);
    const started = performance.now();
    expect((await signIn('vergeten@vrt.nl', reset.body.temporaryPassword)).status).toBe(200);
    expect(performance.now() - started, 'the reset forgot the five failures: no wait').toBeLessThan(1_000);
    expect((await signIn('vergeten@vrt.nl', 'een lang wachtwoord')).status).toBe(401);
    expect((await t.agent.post(`/api/users/${t.user.id}/reset-password`).set(t.headers)).status).toBe(409);
  });

  it('deactivates (sessions end, sign-in refused) and reactivates; never the last or own admin', async () => {
    const created = await t.agent.post('/api/users').set(t.headers).send({ email: 'weg@vrt.nl', role: 'legal', password: 'een lang wachtwoord' });
    const id = created.body.user.id as number;
    const agent = supertest.agent(t.app);
    await agent.post('/api/session').send({ email: 'weg@vrt.nl', password: 'een lang wachtwoord' });
    const off = await t.agent.post(`/api/users/${id}/deactivate`).set(t.headers);
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await agent.get('/api/session')).status).toBe(401);
    expect((await signIn('weg@vrt.nl', 'een lang wachtwoord')).status).toBe(401);
    expect((await t.agent.post(`/api/users/${id}/deactivate`).set(t.headers)).status).toBe(409);
    expect((await t.agent.post(`/api/users/${id}/reactivate`).set(t.headers)).body.active).toBe(true);
    expect((await signIn('weg@vrt.nl', 'een lang wachtwoord')).status).toBe(200);
    expect(auditOf(id).map((e) => e.action)).toEqual(['create', 'deactivate', 'reactivate']);

    expect((await t.agent.post(`/api/users/${t.user.id}/deactivate`).set(t.headers)).status).toBe(409);
    expect((await t.agent.patch(`/api/users/${t.user.id}`).set(t.headers).send({ role: 'viewer' })).status).toBe(409);
    const second = await t.agent.post('/api/users').set(t.headers).send({ email: 'beheer2@vrt.nl', role: 'admin', password: 'een lang wachtwoord' });
    const other = supertest.agent(t.app);
    const s = await other.post('/api/session').send({ email: 'beheer2@vrt.nl', password: 'een lang wachtwoord' });
    const demoted = await other.patch(`/api/users/${t.user.id}`).set({ 'X-CSRF-Token': s.body.csrfToken }).send({ role: 'legal' });
    expect(demoted.status).toBe(200);
    const last = await t.agent.patch(`/api/users/${second.body.user.id}`).set(t.headers).send({ role: 'viewer' });
    expect(last.status).toBe(403); // no longer an admin
    const self = await other.patch(`/api/users/${second.body.user.id}`).set({ 'X-CSRF-Token': s.body.csrfToken }).send({ role: 'viewer' });
    expect(self.status).toBe(409);
    expect((await other.patch(`/api/users/${t.user.id}`).set({ 'X-CSRF-Token': s.body.csrfToken }).send({ role: 'admin' })).status).toBe(200);
  });

  it('lists every account by e-mail, without password hashes', async () => {
    const res = await t.agent.get('/api/users');
    expect(res.status).toBe(200);
    const emails = res.body.map((u: { email: string }) => u.email);
    expect(emails).toEqual([...emails].sort());
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash|password_hash/);
    expect((await t.agent.get('/api/users/99999')).status).toBe(404);
  });
});
