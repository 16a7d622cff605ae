import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstAdmin, FIRST_ADMIN_EMAIL } from '../modules/accounts/first-admin.ts';
import { apiRoutes } from '../routes.ts';
import { createTestApp, type TestApp } from '../test/harness.ts';

/**
 * A user signed in with a temporary password may only find out who they are,
 * change the password and sign out; the server refuses everything else with
 * 403 `password_change_required`, whatever the client does.
 */

/** The way out of a temporary password, written out here on purpose: flagging another route must change this test too. */
const WAY_OUT = new Set(['GET /api/session', 'POST /api/session/password', 'DELETE /api/session', 'DELETE /api/sessions']);

interface Browser {
  agent: supertest.Agent;
  headers: Record<string, string>;
}

let t: TestApp;

async function signInAs(email: string, password: string): Promise<Browser> {
  const agent = supertest.agent(t.app);
  const res = await agent.post('/api/session').send({ email, password });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { agent, headers: { 'X-CSRF-Token': res.body.csrfToken as string } };
}

/** An account made by an admin without a password: it gets a temporary one. */
async function createTemporaryAccount(email: string): Promise<{ id: number; password: string }> {
  const res = await t.agent.post('/api/users').set(t.headers).send({ email, role: 'legal' });
  expect(res.status).toBe(201);
  expect(res.body.user.mustChangePassword).toBe(true);
  return { id: res.body.user.id as number, password: res.body.temporaryPassword as string };
}

function expectPasswordChangeRequired(res: supertest.Response): void {
  expect(res.status, `${res.status} ${JSON.stringify(res.body)}`).toBe(403);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.body).toMatchObject({ status: 403, code: 'password_change_required', title: 'Kies eerst een eigen wachtwoord' });
  expect(res.body.detail).toContain('tijdelijk wachtwoord');
}

const keyOf = (route: { method: string; path: string }) => `${route.method.toUpperCase()} ${route.path}`;
/** A concrete URL for an express path; the refusal comes before the parameters are read, so any value will do. */
const urlOf = (path: string) => path.replace(/:(\w+)/g, (_m, name: string) => (name === 'code' ? 'RTR' : '1'));

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('a user who must change their password', () => {
  let user: Browser;
  let temporary: { id: number; password: string };
  beforeAll(async () => {
    temporary = await createTemporaryAccount('tijdelijk@akkoord.test');
    user = await signInAs('tijdelijk@akkoord.test', temporary.password);
  });

  it('gets 403 password_change_required on reads and writes of the register', async () => {
    expectPasswordChangeRequired(await user.agent.get('/api/agreements'));
    expectPasswordChangeRequired(await user.agent.get('/api/alerts'));
    // Refused before the body is validated: no hint about what the route would accept.
    expectPasswordChangeRequired(await user.agent.post('/api/agreements').set(user.headers).send({}));
    expectPasswordChangeRequired(await user.agent.patch('/api/session/profile').set(user.headers).send({ name: 'Ander' }));
    expectPasswordChangeRequired(await user.agent.get('/api/me/calendar'));
  });

  it('can still see who they are, and reach the public routes', async () => {
    const session = await user.agent.get('/api/session');
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ email: 'tijdelijk@akkoord.test', mustChangePassword: true });
    expect((await user.agent.get('/api/health')).status).toBe(200);
    expect((await user.agent.get('/api/openapi.json')).status).toBe(200);
  });

  it('is refused by every registered route except the way out and the public ones', async () => {
    // An account of its own: signing out everywhere below would end the other tests' session.
    const own = await createTemporaryAccount('alle-routes@akkoord.test');
    const signInOwn = () => signInAs('alle-routes@akkoord.test', own.password);
    let browser = await signInOwn();
    const refused: string[] = [];
    const answered: string[] = [];
    for (const route of apiRoutes) {
      const key = keyOf(route);
      const req = browser.agent[route.method](urlOf(route.path)).set(browser.headers);
      const res = route.method === 'get' ? await req : await req.send({});
      const wasRefused = res.status === 403 && res.body?.code === 'password_change_required';
      const shouldAnswer = 'public' in route.access || WAY_OUT.has(key);
      if (shouldAnswer) {
        if (wasRefused || res.status === 401) refused.push(`${key}: ${res.status} ${res.body?.code ?? ''}`);
        else answered.push(key);
      } else if (!wasRefused || !String(res.headers['content-type']).includes('application/problem+json')) {
        refused.push(`${key}: answered ${res.status} ${res.body?.code ?? ''} (expected 403 password_change_required)`);
      }
      // Signing out ends this browser's session: sign in again for the next route.
      if (key === 'DELETE /api/session' || key === 'DELETE /api/sessions') browser = await signInOwn();
    }
    expect(apiRoutes.length).toBeGreaterThan(40);
    expect(refused).toEqual([]);
    expect(answered).toEqual(expect.arrayContaining([...WAY_OUT, 'GET /api/health', 'POST /api/session']));
  }, 60_000);

  it('shows the refusal in the OpenAPI document, from the same route definitions', async () => {
    const doc = (await supertest(t.app).get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, { responses: Record<string, { description: string }>; 'x-access': { allowedDuringPasswordChange?: boolean } }>>;
    };
    const agreements = doc.paths['/api/agreements']!.get!;
    expect(agreements.responses['403']!.description).toContain('password_change_required');
    expect(agreements['x-access'].allowedDuringPasswordChange).toBe(false);
    const password = doc.paths['/api/session/password']!.post!;
    expect(password['x-access'].allowedDuringPasswordChange).toBe(true);
    expect(password.responses['403']).toBeUndefined();
    expect(doc.paths['/api/health']!.get!.responses['403']).toBeUndefined();
  });

  it('can do everything their role allows once the password is changed', async () => {
    const change = await user.agent.post('/api/session/password').set(user.headers).send({ currentPassword: temporary.password, newPassword: 'een eigen lang wachtwoord' });
    expect(change.status).toBe(204);
    expect((await user.agent.get('/api/session')).body.user.mustChangePassword).toBe(false);
    const list = await user.agent.get('/api/agreements');
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect((await user.agent.patch('/api/session/profile').set(user.headers).send({ name: 'Eigen naam' })).status).toBe(200);
    // Past the refusal: now the body is checked.
    expect((await user.agent.post('/api/agreements').set(user.headers).send({})).body.code).toBe('validation_failed');
    // The role still counts: a legal user gets the ordinary 403.
    expect((await user.agent.get('/api/users')).body.code).toBe('forbidden');
  });
});

describe('temporary passwords from other places', () => {
  it('holds for an account whose password an admin reset', async () => {
    const { id } = await createTemporaryAccount('opnieuw@akkoord.test');
    const reset = await t.agent.post(`/api/users/${id}/reset-password`).set(t.headers).send();
    expect(reset.status).toBe(200);
    const user = await signInAs('opnieuw@akkoord.test', reset.body.temporaryPassword as string);
    expectPasswordChangeRequired(await user.agent.get('/api/organisations'));
    expectPasswordChangeRequired(await user.agent.post('/api/alerts/acknowledge').set(user.headers).send({}));
  });

  it('holds for the admin created on first start, until they choose a password', async () => {
    const fresh = await createTestApp({ seed: false });
    try {
      fresh.deps.db.$client.prepare('delete from sessions').run();
      fresh.deps.db.$client.prepare('delete from users').run();
      const password = /Wachtwoord:\s+(\S+)/.exec(await ensureFirstAdmin(fresh.deps, { toTerminal: true }))![1]!;
      const admin = supertest.agent(fresh.app);
      const signedIn = await admin.post('/api/session').send({ email: FIRST_ADMIN_EMAIL, password });
      const headers = { 'X-CSRF-Token': signedIn.body.csrfToken as string };
      expectPasswordChangeRequired(await admin.get('/api/users'));
      expectPasswordChangeRequired(await admin.post('/api/users').set(headers).send({ email: 'nieuw@akkoord.test', role: 'viewer' }));
      expect((await admin.post('/api/session/password').set(headers).send({ currentPassword: password, newPassword: 'het eigen beheerderswachtwoord' })).status).toBe(204);
      expect((await admin.get('/api/users')).status).toBe(200);
    } finally {
      fresh.close();
    }
  });
});
