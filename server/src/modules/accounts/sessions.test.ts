import { createHash } from 'node:crypto';
import supertest from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { movableClock } from '../../test/movable-clock.ts';
import { delayAfterFailures, SIGN_IN_SLOWDOWN } from './sign-in-slowdown.ts';

let t: TestApp;
afterEach(() => t?.close());

const cookieOf = (res: supertest.Response): string | undefined => {
  const raw = res.headers['set-cookie'] as unknown as string[] | undefined;
  return raw?.find((c) => c.startsWith('akkoord_session=') || c.startsWith('__Host-akkoord_session='));
};
const tokenOf = (res: supertest.Response) => /=([^;]*)/.exec(cookieOf(res) ?? '')?.[1] ?? '';
const asCookie = (token: string) => `akkoord_session=${token}`;
const signIn = (email: string, password: string, cookie?: string, from?: string) => {
  const req = supertest(t.app).post('/api/session');
  if (cookie) req.set('Cookie', cookie);
  if (from) req.set('X-Forwarded-For', from);
  return req.send({ email, password });
};
const sessionCount = () => t.deps.db.$client.prepare('select count(*) from sessions').pluck().get() as number;

describe('sign-in', () => {
  it('issues a new session id at every sign-in and never adopts one the browser brings (no fixation)', async () => {
    t = await createTestApp({ role: 'legal' });
    const first = await signIn('legal@akkoord.test', t.password);
    expect(first.status).toBe(200);
    const planted = 'A'.repeat(43);
    const second = await signIn('legal@akkoord.test', t.password, asCookie(tokenOf(first)));
    const third = await signIn('legal@akkoord.test', t.password, asCookie(planted));
    const tokens = [tokenOf(first), tokenOf(second), tokenOf(third)];
    expect(new Set(tokens).size).toBe(3);
    expect(tokens).not.toContain(planted);
    // The session the browser came with is ended by the new sign-in.
    expect(
      (
        await supertest(t.app)
          .get('/api/session')
          .set('Cookie', asCookie(tokenOf(first)))
      ).status,
    ).toBe(401);
    expect((await supertest(t.app).get('/api/session').set('Cookie', asCookie(planted))).status).toBe(401);
    expect(
      (
        await supertest(t.app)
          .get('/api/session')
          .set('Cookie', asCookie(tokenOf(third)))
      ).status,
    ).toBe(200);
    // Only a hash of the token is stored.
    const ids = t.deps.db.$client.prepare('select id from sessions').pluck().all() as string[];
    expect(ids).toContain(createHash('sha256').update(tokenOf(third)).digest('hex'));
    expect(ids).not.toContain(tokenOf(third));
  });

  it('sets an httpOnly, SameSite=Lax cookie; Secure with a __Host- name when PUBLIC_URL is https', async () => {
    t = await createTestApp();
    const plain = cookieOf(await signIn('admin@akkoord.test', t.password))!;
    expect(plain).toMatch(/HttpOnly/i);
    expect(plain).toMatch(/SameSite=Lax/i);
    expect(plain).toMatch(/Path=\//);
    expect(plain).not.toMatch(/Secure/i);
    expect(plain).not.toMatch(/Max-Age|Expires/i);
    t.close();
    t = await createTestApp({ env: { PUBLIC_URL: 'https://akkoord.vrt.example' } });
    const secure = cookieOf(await signIn('admin@akkoord.test', t.password))!;
    expect(secure).toMatch(/^__Host-akkoord_session=/);
    expect(secure).toMatch(/; Secure/i);
  });

  it('answers the session with user, role, CSRF token and permissions, uncached', async () => {
    t = await createTestApp({ role: 'viewer' });
    const res = await t.agent.get('/api/session');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({ role: 'viewer', user: { email: 'viewer@akkoord.test', role: 'viewer', locale: 'nl' }, idleTimeoutMinutes: 30 });
    expect(res.body.csrfToken).toBe(t.headers['X-CSRF-Token']);
    expect(res.body.permissions.agreement).toEqual({ read: true, create: false, update: false, archive: false, restore: false, legal_hold: false });
    expect(res.body.permissions.user.read).toBe(false);
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses a wrong password and an unknown e-mail alike, without saying which', async () => {
    t = await createTestApp();
    const wrong = await signIn('admin@akkoord.test', 'niet-het-wachtwoord');
    const unknown = await signIn('niemand@akkoord.test', 'niet-het-wachtwoord');
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('unauthenticated');
      expect(cookieOf(res)).toBeUndefined();
    }
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect((await signIn('  ADMIN@akkoord.TEST ', t.password)).status).toBe(200);
  });
});

describe('timeouts', () => {
  it('ends a session after 30 idle minutes', async () => {
    const clock = movableClock('2026-11-29T09:00:00Z');
    t = await createTestApp({ clock });
    for (let i = 0; i < 4; i++) {
      clock.advanceMinutes(29);
      expect((await t.agent.get('/api/agreements')).status).toBe(200);
    }
    clock.advanceMinutes(30);
    const res = await t.agent.get('/api/agreements');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
    expect(cookieOf(res)).toMatch(/akkoord_session=;/);
    expect(sessionCount()).toBe(0);
  });

  it('ends a session 12 hours after sign-in, however active', async () => {
    const clock = movableClock('2026-11-29T07:00:00Z');
    t = await createTestApp({ clock });
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      clock.advanceMinutes(20);
      expect((await t.agent.get('/api/session')).status, `after ${minutes} minutes`).toBe(200);
    }
    clock.advanceMinutes(20);
    expect((await t.agent.get('/api/session')).status).toBe(401);
  });

  it('refuses bad timeout settings at start, naming the variable', () => {
    for (const env of [{ SESSION_IDLE_MINUTES: 'half an hour' }, { SESSION_IDLE_MINUTES: '0' }, { SESSION_ABSOLUTE_HOURS: '-1' }, { SESSION_ABSOLUTE_HOURS: '1.5' }]) {
      expect(() => loadConfig(env)).toThrow(new RegExp(Object.keys(env)[0]!));
    }
    expect(loadConfig({})).toMatchObject({ sessionIdleMinutes: 30, sessionAbsoluteHours: 12 });
  });

  it('takes both timeouts from the environment', async () => {
    const clock = movableClock('2026-11-29T07:00:00Z');
    t = await createTestApp({ clock, env: { SESSION_IDLE_MINUTES: '5', SESSION_ABSOLUTE_HOURS: '1' } });
    expect((await t.agent.get('/api/session')).body.idleTimeoutMinutes).toBe(5);
    clock.advanceMinutes(4);
    expect((await t.agent.get('/api/session')).status).toBe(200);
    clock.advanceMinutes(5);
    expect((await t.agent.get('/api/session')).status).toBe(401);
  });
});

describe('sign-out', () => {
  it('ends the session and clears the cookie; signing out twice is fine', async () => {
    t = await createTestApp();
    const out = await t.agent.delete('/api/session').set(t.headers);
    expect(out.status).toBe(204);
    expect(cookieOf(out)).toMatch(/akkoord_session=;/);
    expect((await t.agent.get('/api/agreements')).status).toBe(401);
    expect((await t.agent.delete('/api/session')).status).toBe(204);
    expect(sessionCount()).toBe(0);
  });

  it('signs out everywhere: every session of the user ends, others stay', async () => {
    t = await createTestApp();
    const laptop = await t.signIn();
    const other = await t.signIn({ role: 'legal' });
    expect((await laptop.agent.delete('/api/sessions').set(laptop.headers)).status).toBe(204);
    expect((await t.agent.get('/api/session')).status).toBe(401);
    expect((await laptop.agent.get('/api/session')).status).toBe(401);
    expect((await other.agent.get('/api/session')).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses cookie-authenticated writes without the session’s own token, and stores nothing', async () => {
    t = await createTestApp();
    const other = await t.signIn({ role: 'legal' });
    const body = { type: 'service', title: 'CSRF-proef' };
    const count = () => t.deps.db.$client.prepare("select count(*) from agreements where title = 'CSRF-proef'").pluck().get();
    const missing = await t.agent.post('/api/agreements').send(body);
    const wrong = await t.agent.post('/api/agreements').set('X-CSRF-Token', 'x'.repeat(43)).send(body);
    const foreign = await t.agent.post('/api/agreements').set(other.headers).send(body);
    const onDelete = await t.agent.delete('/api/session');
    for (const res of [missing, wrong, foreign, onDelete]) {
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('csrf_failed');
    }
    expect(count()).toBe(0);
    expect((await t.agent.get('/api/session')).status).toBe(200);
    expect((await t.agent.post('/api/agreements').set(t.headers).send(body)).status).toBe(201);
    expect(count()).toBe(1);
  });

  it('does not ask a signed-out caller for a token: it answers 401', async () => {
    t = await createTestApp();
    const res = await supertest(t.app).post('/api/agreements').send({ type: 'service', title: 'x' });
    expect(res.status).toBe(401);
  });
});

describe('lock-out and rate limit', () => {
  describe('per account: slowed down, never locked (issue 15, item 8)', () => {
    const saved = { ...SIGN_IN_SLOWDOWN };
    beforeEach(() => Object.assign(SIGN_IN_SLOWDOWN, { firstDelayMs: 150, maxDelayMs: 1200 }));
    afterEach(() => Object.assign(SIGN_IN_SLOWDOWN, saved));
    const timed = async (email: string, password: string, from: string) => {
      const started = performance.now();
      const res = await signIn(email, password, undefined, from);
      return { res, ms: performance.now() - started };
    };

    it('answers an address with an account and one without alike, and slows both down the same', async () => {
      t = await createTestApp();
      await t.signIn({ role: 'legal' });
      for (let i = 0; i < 7; i++) {
        const known = await timed('legal@akkoord.test', 'fout-wachtwoord', '198.51.100.1');
        const unknown = await timed('niemand@akkoord.test', 'fout-wachtwoord', '198.51.100.2');
        const { requestId: _a, ...knownBody } = known.res.body as Record<string, unknown>;
        const { requestId: _b, ...unknownBody } = unknown.res.body as Record<string, unknown>;
        expect({ attempt: i + 1, status: known.res.status, body: knownBody, retryAfter: known.res.headers['retry-after'] }).toEqual({
          attempt: i + 1,
          status: unknown.res.status,
          body: unknownBody,
          retryAfter: unknown.res.headers['retry-after'],
        });
        expect(known.res.status).toBe(401);
        const wait = delayAfterFailures(i);
        expect(known.ms, `attempt ${i + 1}`).toBeGreaterThanOrEqual(wait - 5);
        expect(unknown.ms, `attempt ${i + 1}`).toBeGreaterThanOrEqual(wait - 5);
      }
      expect([0, 1, 2, 3, 4, 5, 6, 7].map(delayAfterFailures)).toEqual([0, 0, 0, 150, 300, 600, 1200, 1200]);
    });

    it('lets the owner in with the right password however often a stranger failed, and then starts afresh', async () => {
      const clock = movableClock('2026-11-29T09:00:00Z');
      t = await createTestApp({ clock });
      await t.signIn({ role: 'legal' });
      // A stranger, from ever other addresses (past the per-address limit), tries password after password.
      for (let i = 0; i < 8; i++) expect((await signIn('legal@akkoord.test', `gok-${i}`, undefined, `203.0.113.${i}`)).status).toBe(401);
      const owner = await timed('legal@akkoord.test', t.password, '192.0.2.10');
      expect(owner.res.status).toBe(200);
      expect(cookieOf(owner.res)).toBeDefined();
      expect(owner.ms).toBeGreaterThanOrEqual(SIGN_IN_SLOWDOWN.maxDelayMs - 5);
      // Signed in: the failures are forgotten.
      expect((await timed('legal@akkoord.test', 'tikfout', '192.0.2.10')).ms).toBeLessThan(SIGN_IN_SLOWDOWN.maxDelayMs);
      expect((await t.agent.get(`/api/users/${(await t.signIn({ role: 'legal' })).user.id}`)).body.lockedUntil).toBeNull();
    });

    it('forgets failures after an hour without one', async () => {
      const clock = movableClock('2026-11-29T09:00:00Z');
      t = await createTestApp({ clock });
      for (let i = 0; i < 6; i++) await signIn('admin@akkoord.test', 'fout', undefined, '198.51.100.3');
      expect((await timed('admin@akkoord.test', 'fout', '198.51.100.3')).ms).toBeGreaterThanOrEqual(SIGN_IN_SLOWDOWN.maxDelayMs - 5);
      clock.advanceMinutes(61);
      expect((await timed('admin@akkoord.test', t.password, '198.51.100.3')).ms).toBeLessThan(SIGN_IN_SLOWDOWN.maxDelayMs);
    });
  });

  it('answers 429 after 20 failed sign-ins from one address, whatever the account', async () => {
    t = await createTestApp();
    for (let i = 0; i < 20; i++) expect((await signIn(`onbekend${i}@akkoord.test`, 'fout-wachtwoord')).status).toBe(401);
    const limited = await signIn('admin@akkoord.test', t.password);
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
  });

  it('lets no spelling of the sign-in path pass the per-address limit: other spellings are 404, the limit holds (issue 15, item 5)', async () => {
    t = await createTestApp();
    const variants = ['/api/session/', '/API/SESSION', '/Api/Session', '/api/Session/', '/api/session//'];
    for (let i = 0; i < 25; i++) {
      const res = await supertest(t.app)
        .post(variants[i % variants.length]!)
        .send({ email: 'admin@akkoord.test', password: `fout-${i}` });
      expect(res.status, variants[i % variants.length]).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('not_found');
    }
    // The other spellings signed no one in and reached no handler: the account's password still works.
    expect((await signIn('admin@akkoord.test', t.password)).status).toBe(200);
    for (let i = 0; i < 20; i++) expect((await signIn(`onbekend${i}@akkoord.test`, 'fout-wachtwoord')).status).toBe(401);
    const limited = await supertest(t.app).post('/api/session').send({ email: 'admin@akkoord.test', password: t.password });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Other API paths are exact too: a trailing slash or other case is a 404 problem, never the SPA.
    for (const path of ['/api/agreements/', '/API/agreements', '/api/Health']) {
      const res = await t.agent.get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('password change', () => {
  it('checks the current password, ends the other sessions and keeps this one', async () => {
    t = await createTestApp({ role: 'manager' });
    const phone = await t.signIn({ role: 'manager' });
    const wrong = await t.agent.post('/api/session/password').set(t.headers).send({ currentPassword: 'fout', newPassword: 'een nieuw lang wachtwoord' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'body.currentPassword' })]);
    const short = await t.agent.post('/api/session/password').set(t.headers).send({ currentPassword: t.password, newPassword: 'kort' });
    expect(short.status).toBe(422);
    const ok = await t.agent.post('/api/session/password').set(t.headers).send({ currentPassword: t.password, newPassword: 'een nieuw lang wachtwoord' });
    expect(ok.status).toBe(204);
    expect((await t.agent.get('/api/session')).status).toBe(200);
    expect((await phone.agent.get('/api/session')).status).toBe(401);
    expect((await signIn('manager@akkoord.test', t.password)).status).toBe(401);
    expect((await signIn('manager@akkoord.test', 'een nieuw lang wachtwoord')).status).toBe(200);
    const events = t.deps.db.$client.prepare("select action, before, after from audit_events where entity_type = 'user'").all() as { action: string; after: string }[];
    expect(events.map((e) => e.action)).toEqual(['change_password']);
    expect(events[0]!.after).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses common and leaked passwords, also with digits or punctuation around them or typed twice (issue 15, item 9)', async () => {
    t = await createTestApp({ role: 'manager' });
    for (const newPassword of ['qwertyuiop123', 'Wachtwoord2024!', '!!Welkom123456', 'passwordpassword', 'voetbalvoetbal', '123456789012', 'aaaaaaaaaaaa', 'abcdefghijklm']) {
      const res = await t.agent.post('/api/session/password').set(t.headers).send({ currentPassword: t.password, newPassword });
      expect(res.status, newPassword).toBe(422);
      expect(res.body.errors, newPassword).toEqual([expect.objectContaining({ field: 'body.newPassword', code: 'common_password' })]);
    }
    // Nothing changed: the old password still signs in.
    expect((await signIn('manager@akkoord.test', t.password)).status).toBe(200);
    const fine = await t.agent.post('/api/session/password').set(t.headers).send({ currentPassword: t.password, newPassword: 'fiets paraplu zonnebloem' });
    expect(fine.status).toBe(204);
  });

  it('changes name and language on the own profile, with an audit event', async () => {
    t = await createTestApp({ role: 'viewer' });
    const res = await t.agent.patch('/api/session/profile').set(t.headers).send({ name: 'Vera Viewer', locale: 'en' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ name: 'Vera Viewer', locale: 'en' });
    const refused = await t.agent.patch('/api/session/profile').set(t.headers).send({ role: 'admin' });
    expect(refused.status).toBe(422);
    expect((await t.agent.get('/api/session')).body.role).toBe('viewer');
  });
});
