import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';
import { movableClock } from '../../test/movable-clock.ts';

/** Personal access tokens (issue 16, decision 057): made once, stored hashed, used as `Authorization: Bearer`. */

const clock = movableClock('2026-12-07T10:00:00Z');
let t: TestApp;
let legal: SignedIn;

beforeAll(async () => {
  t = await createTestApp({ clock, env: { API_TOKEN_RATE_LIMIT: '5' } });
  legal = await t.signIn({ role: 'legal' });
});
afterAll(() => t.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
async function makeToken(who: SignedIn, body: Partial<{ name: string; expiresOn: string; access: string }> = {}) {
  const res = await who.agent
    .post('/api/me/tokens')
    .set(who.headers)
    .send({ name: 'Power BI', expiresOn: '2027-06-30', access: 'read', ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; token: string; apiToken: { prefix: string; state: string } };
}
const db = () => t.deps.db.$client;

describe('API tokens', () => {
  it('shows the secret once, keeps only its SHA-256, and lists the token without it', async () => {
    const made = await makeToken(legal);
    expect(made.token).toMatch(/^akk_[A-Za-z0-9_-]{43}$/);
    expect(made.apiToken).toMatchObject({ state: 'active', prefix: made.token.slice(0, 10) });
    const stored = db().prepare('select * from api_tokens where id = ?').get(made.id) as Record<string, unknown>;
    expect(JSON.stringify(stored)).not.toContain(made.token);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const list = await legal.agent.get('/api/me/tokens');
    expect(list.body.items.map((i: { id: number }) => i.id)).toContain(made.id);
    expect(list.text).not.toContain(made.token);
    const audit = db().prepare("select action, after from audit_events where entity_type = 'api_token' and entity_id = ?").all(String(made.id)) as {
      action: string;
      after: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(audit[0]!.after).not.toContain(made.token);
  });

  it('works as a bearer token without cookie or CSRF token; a write token writes within the role', async () => {
    const read = await makeToken(legal);
    const list = await supertest(t.app).get('/api/agreements').query({ limit: 1 }).set(bearer(read.token));
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThan(0);
    const csv = await supertest(t.app).get('/api/agreements/export.csv').set(bearer(read.token));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');

    const write = await makeToken(legal, { access: 'write', name: 'Script' });
    const created = await supertest(t.app).post('/api/agreements').set(bearer(write.token)).send({ type: 'service', title: 'Via API-token', collaborationCode: 'RTR' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const event = db().prepare("select actor_label from audit_events where entity_type = 'agreement' and entity_id = ? and action = 'create'").get(String(created.body.id)) as {
      actor_label: string;
    };
    expect(event.actor_label).toBe(legal.user.email);
  });

  it('refuses a read-only token on every write, and never lets a token make tokens or read the session', async () => {
    const read = await makeToken(legal);
    const write = await makeToken(legal, { access: 'write' });
    const before = db().prepare('select count(*) as n from agreements').get();
    const refused = await supertest(t.app).post('/api/agreements').set(bearer(read.token)).send({ type: 'service', title: 'Mag niet', collaborationCode: 'RTR' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    expect(db().prepare('select count(*) as n from agreements').get()).toEqual(before);
    const more = await supertest(t.app).post('/api/me/tokens').set(bearer(write.token)).send({ name: 'x', expiresOn: '2027-01-01', access: 'write' });
    expect(more.status).toBe(403);
    const session = await supertest(t.app).get('/api/session').set(bearer(write.token));
    expect(session.status).toBe(403);
    expect(session.headers['content-type']).toContain('application/problem+json');
  });

  it('allows a last day from tomorrow up to one year, naming the field otherwise', async () => {
    const today = clock.today();
    for (const expiresOn of [today, '2020-01-01', '2099-01-01', 'morgen']) {
      const res = await legal.agent.post('/api/me/tokens').set(legal.headers).send({ name: 'x', expiresOn, access: 'read' });
      expect(res.status, expiresOn).toBe(422);
      expect(res.body.errors[0].field).toBe('body.expiresOn');
    }
    const res = await legal.agent.post('/api/me/tokens').set(legal.headers).send({ name: '', expiresOn: '2027-01-01', access: 'admin' });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.access', 'body.name']);
  });

  it('keeps the account’s collaboration scope and follows a role change at the next request', async () => {
    const rtr = await t.signIn({ role: 'manager', email: 'rtr@vrt.nl', scope: ['RTR'] });
    const token = await makeToken(rtr);
    const page = await supertest(t.app).get('/api/agreements').query({ limit: 500 }).set(bearer(token.token));
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeGreaterThan(0);
    expect(new Set(page.body.items.map((a: { collaborationCode: string | null }) => a.collaborationCode))).toEqual(new Set(['RTR']));
    const all = await t.agent.get('/api/agreements').query({ limit: 1 });
    expect(page.body.total).toBeLessThan(all.body.total);
    const admins = await supertest(t.app).get('/api/users').set(bearer(token.token));
    expect(admins.status).toBe(403);
  });

  it('records the last use at most once a minute', async () => {
    const made = await makeToken(legal);
    const lastUsed = () => (db().prepare('select last_used_at as v from api_tokens where id = ?').get(made.id) as { v: string | null }).v;
    expect(lastUsed()).toBeNull();
    await supertest(t.app).get('/api/health').set(bearer(made.token));
    const first = lastUsed();
    expect(first).toBe(clock.now().toISOString());
    clock.advance(30_000);
    await supertest(t.app).get('/api/health').set(bearer(made.token));
    expect(lastUsed()).toBe(first);
    clock.advance(31_000);
    await supertest(t.app).get('/api/health').set(bearer(made.token));
    expect(lastUsed()).toBe(clock.now().toISOString());
  });

  it('limits each token on its own (429 past API_TOKEN_RATE_LIMIT a minute)', async () => {
    const a = await makeToken(legal);
    const b = await makeToken(legal);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await supertest(t.app).get('/api/health').set(bearer(a.token))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await supertest(t.app).get('/api/health').set(bearer(b.token))).status).toBe(200);
  });

  it('lets admins see and revoke every token; others see only their own', async () => {
    const viewer = await t.signIn({ role: 'viewer' });
    const theirs = await makeToken(viewer);
    const mine = await makeToken(legal);
    expect((await legal.agent.delete(`/api/me/tokens/${theirs.id}`).set(legal.headers)).status).toBe(404);
    expect((await legal.agent.get('/api/tokens')).status).toBe(403);
    const all = await t.agent.get('/api/tokens');
    expect(all.status).toBe(200);
    expect(all.body.items.map((i: { id: number }) => i.id)).toEqual(expect.arrayContaining([theirs.id, mine.id]));
    expect(all.body.items.find((i: { id: number }) => i.id === theirs.id).owner.email).toBe(viewer.user.email);
    expect((await t.agent.delete(`/api/tokens/${theirs.id}`).set(t.headers)).status).toBe(204);
    expect((await supertest(t.app).get('/api/health').set(bearer(theirs.token))).status).toBe(401);
    expect((await viewer.agent.get('/api/me/tokens')).body.items.map((i: { id: number }) => i.id)).not.toContain(theirs.id);
    const audit = db().prepare("select action, actor_label from audit_events where entity_type = 'api_token' and entity_id = ? order by id").all(String(theirs.id));
    expect(audit).toEqual([
      { action: 'create', actor_label: viewer.user.email },
      { action: 'revoke', actor_label: t.user.email },
    ]);
    expect((await t.agent.delete('/api/tokens/999999').set(t.headers)).status).toBe(404);
  });
  it('refuses revoked, expired and unknown tokens and tokens of deactivated accounts with 401', async () => {
    const revoked = await makeToken(legal);
    expect((await legal.agent.delete(`/api/me/tokens/${revoked.id}`).set(legal.headers)).status).toBe(204);
    const gone = await supertest(t.app).get('/api/agreements').set(bearer(revoked.token));
    expect(gone.status).toBe(401);
    expect(gone.headers['www-authenticate']).toContain('invalid_token');
    expect(
      (
        await supertest(t.app)
          .get('/api/agreements')
          .set(bearer('akk_' + 'A'.repeat(43)))
      ).status,
    ).toBe(401);
    expect((await supertest(t.app).get('/api/agreements').set({ Authorization: 'Bearer' })).status).toBe(401);

    const leaver = await t.signIn({ role: 'manager', email: 'vertrekt@vrt.nl' });
    const leaversToken = await makeToken(leaver);
    expect((await supertest(t.app).get('/api/agreements').set(bearer(leaversToken.token))).status).toBe(200);
    expect((await t.agent.post(`/api/users/${leaver.user.id}/deactivate`).set(t.headers).send({})).status).toBe(200);
    expect((await supertest(t.app).get('/api/agreements').set(bearer(leaversToken.token))).status).toBe(401);

    const short = await makeToken(legal, { expiresOn: '2026-12-08' });
    clock.advance(24 * 3_600_000); // 8 December: its last day, still works
    expect((await supertest(t.app).get('/api/agreements').set(bearer(short.token))).status).toBe(200);
    clock.advance(24 * 3_600_000); // 9 December
    expect((await supertest(t.app).get('/api/agreements').set(bearer(short.token))).status).toBe(401);
    const again = await t.signIn({ role: 'legal' }); // the sessions ended meanwhile
    const listed = (await again.agent.get('/api/me/tokens')).body.items.find((i: { id: number }) => i.id === short.id);
    expect(listed.state).toBe('expired');
  });
});
