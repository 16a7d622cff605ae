import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@akkoord/shared/domain/enums';
import { giveTwenteDates } from '../modules/reminder-rules/reminders.testing.ts';
import { createTestApp, type SignedIn, type TestApp } from '../test/harness.ts';

/**
 * The authorisation matrix: every operation of the OpenAPI document × every
 * role and signed-out. The server must answer exactly as the operation's
 * `x-access` says, and `x-access` must follow the role model of the issue.
 * The scope matrix at the end adds a user's collaboration scope.
 */

interface Operation {
  method: string;
  path: string;
  access: { public?: true; resource?: string; action?: string; roles?: Role[]; browserSessionOnly?: true };
}

/** Routes anyone may call: health, the session itself, the API description and the secret-URL calendar feed. */
const PUBLIC = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/session',
  'DELETE /api/session',
  'GET /cal/{secret}.ics',
  // Single sign-on (decision 060): the sign-in page's options and the two legs of the provider round trip.
  'GET /api/auth/sso',
  'GET /api/auth/sso/login',
  'GET /api/auth/sso/callback',
  // The Woo's public side (decision 058): only the published set, and only its public fields.
  'GET /openbaar',
  'GET /openbaar/{id}',
  'GET /openbaar/{id}/bestand',
  'GET /woo/sitemap.xml',
  'GET /woo/sitemapindex-diwoo-infocat{nr}.xml',
  'GET /robots.txt',
]);
/** Resources and actions only admins may use: accounts, the audit trail, the outbox, the reminder job, global settings, destruction and the selection list's maintenance. */
const ADMIN_ONLY_RESOURCES = new Set(['user', 'audit', 'outbox', 'reminder_job', 'backup', 'api_token', 'destruction']);
const ADMIN_ONLY_ACTIONS = new Set(['reminder_rules.update', 'retention_rule.create', 'retention_rule.update', 'retention_rule.delete']);
/** Writes about one's own account or calendar link, not the register: every signed-in role may do them. */
const PERSONAL = new Set(['account.self', 'calendar.own']);
/** Writes a manager may do (issue: "read everything, acknowledge alerts, follow agreements"); viewers only read. */
const MANAGER_WRITES = new Set(['reminder_rules.acknowledge', 'alert.acknowledge', 'follow.self']);

type Caller = Role | 'signed-out';
const CALLERS: Caller[] = [...ROLES, 'signed-out'];

let t: TestApp;
let operations: Operation[];
const signedIn = new Map<Role, SignedIn>();
let ids: { agreement: number; organisation: number; user: number };

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) signedIn.set(role, role === 'admin' ? t : await t.signIn({ role }));
  const doc = (await supertest(t.app).get('/api/openapi.json')).body as { paths: Record<string, Record<string, { 'x-access'?: Operation['access'] }>> };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method, path, access: op['x-access'] ?? {} })));
  const agreements = (await t.agent.get('/api/agreements').query({ limit: 1 })).body.items;
  const organisations = (await t.agent.get('/api/organisations')).body;
  const target = await t.agent.post('/api/users').set(t.headers).send({ email: 'doelwit@akkoord.test', role: 'viewer' });
  ids = { agreement: agreements[0].id, organisation: organisations[0].id, user: target.body.user.id };
});
afterAll(() => t.close());

const key = (op: Operation) => `${op.method.toUpperCase()} ${op.path}`;
const actionOf = (op: Operation) => `${op.access.resource}.${op.access.action}`;

/** A concrete URL for an OpenAPI path: real ids where the router needs them, harmless values elsewhere. */
function urlOf(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (name === 'id') {
      if (path.startsWith('/api/agreements/')) return String(ids.agreement);
      if (path.startsWith('/api/organisations/')) return String(ids.organisation);
      if (path.startsWith('/api/users/')) return String(ids.user);
      return '1';
    }
    if (name === 'code') return 'IVZ';
    if (name === 'secret') return 'onbekend-geheim';
    return '999999';
  });
}

async function call(op: Operation, caller: Caller): Promise<supertest.Response> {
  const session = caller === 'signed-out' ? null : signedIn.get(caller)!;
  const client = session ? session.agent : supertest(t.app);
  const req = client[op.method as 'get' | 'post' | 'put' | 'patch' | 'delete'](urlOf(op.path));
  if (session) req.set(session.headers);
  const res = op.method === 'get' ? await req : await req.send({});
  // Signing out (here or everywhere) ends the caller's session: sign in again for the next case.
  if (session && caller !== 'signed-out' && op.method === 'delete' && /^\/api\/sessions?$/.test(op.path)) signedIn.set(caller, await t.signIn({ role: caller }));
  return res;
}

describe('authorisation matrix', () => {
  it('has a policy for every operation, and only the known public ones are public', () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const op of operations) {
      if (op.access.public) {
        expect(PUBLIC.has(key(op)), `${key(op)} is public but not on the list of public routes`).toBe(true);
        continue;
      }
      expect(op.access.resource, `${key(op)} has no x-access`).toEqual(expect.any(String));
      expect(op.access.roles, `${key(op)} has no policy for ${actionOf(op)}`).toEqual(expect.arrayContaining([]));
      expect(op.access.roles!.length, `${key(op)}: no role may call it`).toBeGreaterThan(0);
    }
  });

  it('follows the role model: admin everything, viewer only reads, manager reads and acknowledges, admin-only areas', () => {
    for (const op of operations.filter((o) => !o.access.public)) {
      const roles = op.access.roles!;
      const action = actionOf(op);
      const isRead = op.method === 'get';
      expect(roles, `${key(op)}: admins may do everything`).toContain('admin');
      if (ADMIN_ONLY_RESOURCES.has(op.access.resource!) || ADMIN_ONLY_ACTIONS.has(action)) {
        expect(roles, `${key(op)} (${action}) is for admins only`).toEqual(['admin']);
      }
      if (!isRead && !PERSONAL.has(action)) {
        expect(roles, `${key(op)} (${action}) changes the register: not for viewers`).not.toContain('viewer');
        if (!MANAGER_WRITES.has(action)) expect(roles, `${key(op)} (${action}): not for managers`).not.toContain('manager');
      }
      if (PERSONAL.has(action)) expect([...roles].sort(), `${key(op)} (${action}) is for every signed-in user`).toEqual([...ROLES].sort());
    }
  });

  it('answers every operation for every role and signed-out exactly as its policy says', async () => {
    let cases = 0;
    const wrong: string[] = [];
    for (const op of operations) {
      for (const caller of CALLERS) {
        const res = await call(op, caller);
        cases++;
        const allowed = op.access.public === true || (caller !== 'signed-out' && (op.access.roles ?? []).includes(caller));
        const label = `${key(op)} as ${caller}: ${res.status} ${res.body?.code ?? ''}`;
        if (allowed) {
          if (res.status === 401 || res.status === 403 || res.status >= 500) wrong.push(`${label} (expected allowed)`);
        } else {
          const expected = caller === 'signed-out' ? [401, 'unauthenticated'] : [403, 'forbidden'];
          if (res.status !== expected[0] || res.body?.code !== expected[1] || !String(res.headers['content-type']).includes('application/problem+json')) {
            wrong.push(`${label} (expected ${expected.join(' ')})`);
          }
        }
      }
    }
    console.log(`authz: ${cases} cases (${operations.length} operations × ${CALLERS.length} callers)`);
    expect(wrong).toEqual([]);
  }, 120_000);
});

/*
 * Bearer tokens (issue 16, decision 057): the same model through
 * `Authorization: Bearer` without cookie or CSRF token. An admin's read-only
 * token reads what an admin reads and is refused every write; a manager's
 * write token answers every operation as the manager's role says; routes that
 * need a browser session refuse any token; revoked, expired and unknown tokens
 * get 401 on reads and writes alike.
 */
describe('authorisation matrix with API tokens', () => {
  const tokens: Record<string, string> = {};
  const makeToken = async (who: SignedIn, access: 'read' | 'write', expiresOn = '2027-06-30') => {
    const res = await who.agent
      .post('/api/me/tokens')
      .set(who.headers)
      .send({ name: `matrix ${access}`, expiresOn, access });
    expect(res.status).toBe(201);
    return res.body as { id: number; token: string };
  };
  beforeAll(async () => {
    const admin = signedIn.get('admin')!;
    tokens.adminRead = (await makeToken(admin, 'read')).token;
    tokens.managerWrite = (await makeToken(signedIn.get('manager')!, 'write')).token;
    const revoked = await makeToken(admin, 'write');
    expect((await admin.agent.delete(`/api/me/tokens/${revoked.id}`).set(admin.headers)).status).toBe(204);
    tokens.revoked = revoked.token;
    const expired = await makeToken(admin, 'write', '2026-11-30');
    t.deps.db.$client.prepare("update api_tokens set expires_on = '2026-11-28' where id = ?").run(expired.id);
    tokens.expired = expired.token;
  });

  const callWith = (op: Operation, token: string) => {
    const req = supertest(t.app)[op.method as 'get' | 'post' | 'put' | 'patch' | 'delete'](urlOf(op.path)).set('Authorization', `Bearer ${token}`);
    return op.method === 'get' ? req : req.send({});
  };
  const isSignOut = (op: Operation) => op.method === 'delete' && /^\/api\/sessions?$/.test(op.path);

  it("an admin's read-only token reads as an admin and is refused every write", async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      const res = await callWith(op, tokens.adminRead!);
      const label = `${key(op)} with a read token: ${res.status} ${res.body?.code ?? ''}`;
      if (op.method !== 'get' || op.access.browserSessionOnly) {
        if (res.status !== 403 || res.body?.code !== 'forbidden') wrong.push(`${label} (expected 403 forbidden)`);
      } else if (res.status === 401 || res.status === 403 || res.status >= 500) wrong.push(`${label} (expected allowed)`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it("a manager's write token answers every operation as the manager's role says, without a CSRF token", async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      if (isSignOut(op)) continue;
      const res = await callWith(op, tokens.managerWrite!);
      const allowed = op.access.public === true || ((op.access.roles ?? []).includes('manager') && !op.access.browserSessionOnly);
      const label = `${key(op)} with a manager's write token: ${res.status} ${res.body?.code ?? ''}`;
      if (allowed) {
        if (res.status === 401 || res.status === 403 || res.status >= 500) wrong.push(`${label} (expected allowed)`);
      } else if (res.status !== 403 || res.body?.code !== 'forbidden' || !String(res.headers['content-type']).includes('application/problem+json')) {
        wrong.push(`${label} (expected 403 forbidden)`);
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('refuses revoked, expired and unknown tokens with 401, on reads and writes', async () => {
    const probes = operations.filter((op) => !op.access.public && ['GET /api/agreements', 'POST /api/agreements', 'GET /api/users', 'GET /api/me/tokens'].includes(key(op)));
    expect(probes).toHaveLength(4);
    for (const token of [tokens.revoked!, tokens.expired!, `akk_${'x'.repeat(43)}`, 'niet-een-token']) {
      for (const op of probes) {
        const res = await callWith(op, token);
        expect(`${key(op)}: ${res.status} ${res.body?.code}`).toBe(`${key(op)}: 401 unauthenticated`);
      }
    }
  });
});

/*
 * The scope dimension (decisions 023 and 033): the routes where a caller
 * limited to some collaborations could reach beyond them, each with a request
 * aimed outside RTR, for every role × {unlimited, limited to RTR}. A role the
 * policy refuses gets 403 whatever its scope; an allowed unlimited caller
 * succeeds; an allowed limited one gets the refusal listed, and a refused
 * write leaves the database (and the audit trail) exactly as it was.
 */
describe('scope matrix', () => {
  const SCOPES = [null, ['RTR']] as const;
  let s: TestApp;
  let access: Map<string, Operation['access']>;
  let callers: { role: Role; limited: boolean; session: SignedIn; token?: true }[];
  const ref = { processor: 0, zvht: 0, ivz: 0, relation: 0, userRecipient: 0, zorg: 0, almelo: 0, deactivatedFeed: '' };

  /** What a refused write must not have touched. */
  const fingerprint = () => {
    const db = s.deps.db.$client;
    const all = (sql: string) => db.prepare(sql).all();
    return JSON.stringify([
      all('select id, version, collaboration_id, title from agreements order by id'),
      all('select id, source_id, target_id, kind from agreement_relations order by id'),
      all('select id, parent_id from collaborations order by id'),
      all('select id, email, kind, label, calendar_secret, removed_at from reminder_recipients order by id'),
      all('select recipient_id, subject_kind, subject_id from reminder_follows order by id'),
      all('select collaboration_id, recipient_id from reminder_team_addresses order by collaboration_id'),
      all('select count(*) as n from audit_events'),
    ]);
  };

  interface ScopeCase {
    method: 'get' | 'post' | 'put' | 'patch' | 'delete';
    /** The OpenAPI path, so a renamed route fails here rather than going unchecked. */
    path: string;
    url: () => string;
    body?: () => object;
    /** Status for an allowed limited caller, and for an allowed unlimited one. */
    limited: number;
    unlimited: number;
    /** What the answer must not (limited) or must (unlimited) contain. */
    hidden?: string[];
    /** Roles allowed where the case needs more than the route's policy (following with an e-mail: `follow.manage`). */
    roles?: Role[];
    /** Puts back what an allowed unlimited write changed (as the admin). */
    undo?: (res: supertest.Response) => Promise<void>;
  }

  const admin = () => s.agent;
  const versionOf = (id: number) => (s.deps.db.$client.prepare('select version from agreements where id = ?').get(id) as { version: number }).version;
  const CASES: ScopeCase[] = [
    { method: 'get', path: '/api/reminder-addresses', url: () => '/api/reminder-addresses', limited: 200, unlimited: 200, hidden: ['/cal/', 'Dienstverleningsovereenkomst ZVHT'] },
    { method: 'get', path: '/api/reminder-addresses/{id}', url: () => `/api/reminder-addresses/${ref.userRecipient}`, limited: 404, unlimited: 404 },
    {
      method: 'patch',
      path: '/api/reminder-addresses/{id}',
      url: () => `/api/reminder-addresses/${ref.userRecipient}`,
      body: () => ({ label: 'Gekaapt' }),
      limited: 404,
      unlimited: 404,
    },
    { method: 'delete', path: '/api/reminder-addresses/{id}', url: () => `/api/reminder-addresses/${ref.userRecipient}`, limited: 404, unlimited: 404 },
    {
      method: 'post',
      path: '/api/reminder-addresses/{id}/calendar/regenerate',
      url: () => `/api/reminder-addresses/${ref.userRecipient}/calendar/regenerate`,
      limited: 404,
      unlimited: 404,
    },
    { method: 'patch', path: '/api/reminder-addresses/{id}', url: () => `/api/reminder-addresses/${ref.zorg}`, body: () => ({ label: 'Team zorg' }), limited: 403, unlimited: 200 },
    {
      method: 'post',
      path: '/api/reminder-addresses/{id}/calendar/regenerate',
      url: () => `/api/reminder-addresses/${ref.zorg}/calendar/regenerate`,
      limited: 403,
      unlimited: 200,
    },
    { method: 'post', path: '/api/reminder-addresses', url: () => '/api/reminder-addresses', body: () => ({ email: 'Volger@VRT.nl' }), limited: 422, unlimited: 422 },
    {
      method: 'post',
      path: '/api/collaborations/{code}/followers',
      url: () => '/api/collaborations/RTR/followers',
      body: () => ({ email: 'zorg-team@vrt.nl' }),
      roles: ['admin', 'legal'],
      limited: 403,
      unlimited: 200,
    },
    {
      method: 'put',
      path: '/api/collaborations/{code}/team-address',
      url: () => '/api/collaborations/RTR/team-address',
      body: () => ({ email: 'zorg-team@vrt.nl' }),
      limited: 403,
      unlimited: 200,
      undo: async () => void (await admin().put('/api/collaborations/RTR/team-address').set(s.headers).send({ email: 'rtr-team@vrt.nl' })),
    },
    {
      method: 'put',
      path: '/api/collaborations/{code}/parent',
      url: () => '/api/collaborations/RTR/parent',
      body: () => ({ parentCode: 'ZVHT' }),
      limited: 422,
      unlimited: 200,
      undo: async () => void (await admin().put('/api/collaborations/RTR/parent').set(s.headers).send({ parentCode: null })),
    },
    {
      method: 'patch',
      path: '/api/agreements/{id}',
      url: () => `/api/agreements/${ref.processor}`,
      body: () => ({ version: versionOf(ref.processor), collaborationCode: null }),
      limited: 422,
      unlimited: 200,
      undo: async () =>
        void (await admin()
          .patch(`/api/agreements/${ref.processor}`)
          .set(s.headers)
          .send({ version: versionOf(ref.processor), collaborationCode: 'RTR' })),
    },
    {
      method: 'post',
      path: '/api/agreements',
      url: () => '/api/agreements',
      body: () => ({ type: 'service', title: 'Zonder samenwerkingsverband' }),
      limited: 422,
      unlimited: 201,
    },
    {
      method: 'delete',
      path: '/api/agreements/{id}/relations/{relationId}',
      url: () => `/api/agreements/${ref.processor}/relations/${ref.relation}`,
      limited: 422,
      unlimited: 204,
      undo: async () => {
        ref.relation = (
          await admin().post(`/api/agreements/${ref.processor}/relations`).set(s.headers).send({ otherAgreementId: ref.zvht, kind: 'based_on', direction: 'outgoing' })
        ).body.id;
      },
    },
    {
      method: 'post',
      path: '/api/agreements/{id}/relations',
      url: () => `/api/agreements/${ref.processor}/relations`,
      body: () => ({ otherAgreementId: ref.ivz, kind: 'based_on', direction: 'outgoing' }),
      limited: 422,
      unlimited: 201,
      undo: async (res) => void (await admin().delete(`/api/agreements/${ref.processor}/relations/${res.body.id}`).set(s.headers)),
    },
    { method: 'get', path: '/api/agreements/{id}', url: () => `/api/agreements/${ref.zvht}`, limited: 404, unlimited: 200 },
    {
      method: 'get',
      path: '/api/organisations/{id}',
      url: () => `/api/organisations/${ref.almelo}`,
      limited: 200,
      unlimited: 200,
      hidden: ['Kenniscentrum Mensenhandel', '"KMT"', '"IVZ"'],
    },
    { method: 'get', path: '/cal/{secret}.ics', url: () => ref.deactivatedFeed, limited: 404, unlimited: 404 },
  ];

  beforeAll(async () => {
    s = await createTestApp({ today: '2026-09-23', env: { PUBLIC_URL: 'http://akkoord.test' } });
    const doc = (await supertest(s.app).get('/api/openapi.json')).body as { paths: Record<string, Record<string, { 'x-access'?: Operation['access'] }>> };
    access = new Map(Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => [`${method} ${path}`, op['x-access'] ?? {}] as const)));
    Object.assign(ref, await giveTwenteDates(s));
    ref.relation = (
      await admin().post(`/api/agreements/${ref.processor}/relations`).set(s.headers).send({ otherAgreementId: ref.zvht, kind: 'based_on', direction: 'outgoing' })
    ).body.id;
    for (const [email, id] of [
      ['rtr-team@vrt.nl', ref.processor],
      ['zorg-team@vrt.nl', ref.zvht],
    ] as const) {
      expect((await admin().post(`/api/agreements/${id}/followers`).set(s.headers).send({ email })).status).toBe(200);
    }
    expect((await admin().put('/api/collaborations/RTR/team-address').set(s.headers).send({ email: 'rtr-team@vrt.nl' })).status).toBe(200);
    const follower = await s.signIn({ role: 'manager', email: 'volger@vrt.nl' });
    expect((await follower.agent.post(`/api/agreements/${ref.processor}/followers`).set(follower.headers).send({})).status).toBe(200);
    const leaver = await s.signIn({ role: 'manager', email: 'vertrokken@vrt.nl' });
    ref.deactivatedFeed = new URL((await leaver.agent.get('/api/me/calendar')).body.url as string).pathname;
    expect((await admin().post(`/api/users/${leaver.user.id}/deactivate`).set(s.headers).send({})).status).toBe(200);
    const rowId = (email: string) => (s.deps.db.$client.prepare('select id from reminder_recipients where email = ?').get(email) as { id: number }).id;
    ref.userRecipient = rowId('volger@vrt.nl');
    ref.zorg = rowId('zorg-team@vrt.nl');
    ref.almelo = ((await admin().get('/api/organisations')).body as { id: number; name: string }[]).find((o) => o.name === 'Gemeente Almelo')!.id;
    callers = [];
    for (const role of ROLES)
      for (const scope of SCOPES)
        callers.push({
          role,
          limited: scope !== null,
          session: await s.signIn({ role, email: `${role}-${scope ? 'rtr' : 'alle'}@matrix.test`, scope: scope ? [...scope] : null }),
        });
    // The same limited accounts through a write API token (decision 057): the token keeps the account's scope.
    for (const caller of callers.filter((c) => c.limited)) {
      const made = await caller.session.agent.post('/api/me/tokens').set(caller.session.headers).send({ name: 'scope', expiresOn: '2027-06-30', access: 'write' });
      expect(made.status).toBe(201);
      callers.push({ ...caller, token: true, session: { ...caller.session, agent: supertest.agent(s.app), headers: { Authorization: `Bearer ${made.body.token as string}` } } });
    }
  }, 120_000);
  afterAll(() => s.close());

  it('covers existing routes only', () => {
    for (const c of CASES) expect(access.has(`${c.method} ${c.path}`), `${c.method.toUpperCase()} ${c.path} is not in the OpenAPI document`).toBe(true);
  });

  it('answers every case for every role and scope as policy and scope say, writing nothing when it refuses', async () => {
    let cases = 0;
    const wrong: string[] = [];
    for (const c of CASES) {
      const rule = access.get(`${c.method} ${c.path}`)!;
      for (const caller of callers) {
        cases++;
        const allowed = rule.public === true || (c.roles ?? rule.roles ?? []).includes(caller.role);
        const expected = !allowed ? 403 : caller.limited ? c.limited : c.unlimited;
        const before = fingerprint();
        const req = caller.session.agent[c.method](c.url()).set(caller.session.headers);
        const res = c.body ? await req.send(c.body()) : await req;
        const label = `${c.method.toUpperCase()} ${c.path} as ${caller.role}${caller.limited ? ' limited to RTR' : ''}${caller.token ? ' with an API token' : ''}: ${res.status} ${res.body?.code ?? ''}`;
        if (res.status !== expected) wrong.push(`${label} (expected ${expected})`);
        if (res.status >= 400 && c.path !== '/cal/{secret}.ics' && !String(res.headers['content-type']).includes('application/problem+json'))
          wrong.push(`${label}: not problem+json`);
        if (res.status >= 400 && fingerprint() !== before) wrong.push(`${label}: refused, but the database changed`);
        for (const text of c.hidden ?? []) {
          if (res.status >= 300) continue;
          const shown = res.text.includes(text);
          if (caller.limited && shown) wrong.push(`${label}: shows "${text}"`);
          if (!caller.limited && !shown && text !== 'Dienstverleningsovereenkomst ZVHT') wrong.push(`${label}: should show "${text}"`);
        }
        if (res.status < 300 && c.undo) await c.undo(res);
      }
    }
    console.log(`scope matrix: ${cases} cases (${CASES.length} route cases × ${ROLES.length} roles × ${SCOPES.length} scopes, and the limited ones with an API token)`);
    expect(wrong).toEqual([]);
  }, 180_000);
});
