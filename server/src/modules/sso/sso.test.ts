import { customFetch } from 'openid-client';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { startTestOidcProvider, type TestOidcProvider } from '../../test/test-oidc-provider.ts';
import { connectSso, SsoStartupError } from './oidc-provider-connection.ts';

/**
 * Single sign-on against a real OpenID provider (`oidc-provider`, certified)
 * on a loopback port in this process (issue 16, decision 060). The "browser"
 * is a supertest agent for Akkoord and a small cookie jar for the provider,
 * signing in through the provider's own login form.
 */

const PUBLIC_URL = 'http://akkoord.test';
const people = new Map<string, Record<string, unknown>>();
let provider: TestOidcProvider;
let issuer: string;
let t: TestApp;

beforeAll(async () => {
  provider = await startTestOidcProvider(
    [
      {
        client_id: 'akkoord',
        client_secret: 'geheim-akkoord',
        redirect_uris: [`${PUBLIC_URL}/api/auth/sso/callback`],
        post_logout_redirect_uris: [`${PUBLIC_URL}/sign-in`],
        token_endpoint_auth_method: 'client_secret_post',
      },
      {
        client_id: 'ander',
        client_secret: 'geheim-ander',
        redirect_uris: [`${PUBLIC_URL}/api/auth/sso/callback`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    (sub) => people.get(sub),
  );
  issuer = provider.issuer;
  t = await createTestApp({
    env: {
      PUBLIC_URL,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: 'akkoord',
      OIDC_CLIENT_SECRET: 'geheim-akkoord',
      OIDC_ROLE_CLAIM: 'groups',
      OIDC_ROLE_MAP: 'akkoord-beheer=admin,akkoord-rtr-legal=legal:RTR,akkoord-lezers=viewer',
      OIDC_PROVIDER_NAME: 'VRT-account',
    },
  });
  t.deps.sso = await connectSso(t.deps.config.oidc!, PUBLIC_URL);
}, 30_000);
afterAll(async () => {
  t.close();
  await provider.close();
});

/** The provider's half of the browser: cookies by name, redirects followed by hand. */
async function throughProvider(authUrl: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  const request = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return res;
  };
  let url = authUrl;
  for (let hops = 0; hops < 10; hops++) {
    if (url.startsWith(PUBLIC_URL)) return url;
    const res = await request(url);
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).href;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    expect(action, html.slice(0, 300)).toBeTruthy();
    const posted = await request(new URL(action!, url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'wat-dan-ook' }).toString(),
    });
    url = new URL(posted.headers.get('location')!, url).href;
  }
  throw new Error('no way back to Akkoord');
}

/** Starts at Akkoord, signs in at the provider as `login`, and returns the callback URL (not yet visited) with the agent. */
async function toCallback(login: string, agent = supertest.agent(t.app)) {
  const start = await agent.get('/api/auth/sso/login');
  expect(start.status).toBe(302);
  const callback = await throughProvider(start.headers.location as string, login);
  return { agent, callback: new URL(callback) };
}
const visit = async (agent: supertest.Agent, callback: URL) => (await agent.get(callback.pathname + callback.search)).headers.location as string;

async function signInAs(login: string) {
  const { agent, callback } = await toCallback(login);
  return { agent, landing: await visit(agent, callback) };
}

describe('single sign-on with OpenID Connect', () => {
  it('offers the provider on the sign-in page and starts with PKCE, state and nonce', async () => {
    expect((await supertest(t.app).get('/api/auth/sso')).body).toEqual({ sso: { providerName: 'VRT-account' }, localLogin: true });
    const start = await supertest(t.app).get('/api/auth/sso/login');
    const url = new URL(start.headers.location as string);
    expect(url.origin).toBe(issuer);
    for (const p of ['state', 'nonce', 'code_challenge']) expect(url.searchParams.get(p)).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/api/auth/sso/callback`);
    expect(String(start.headers['set-cookie'])).toContain('HttpOnly');
  });

  it('signs a new person in with the role and scope their group maps to, audited', async () => {
    people.set('anna', { email: 'Anna@VRT.nl', email_verified: true, name: 'Anna de Vries', groups: ['akkoord-rtr-legal', 'iets-anders'] });
    const { agent, landing } = await signInAs('anna');
    expect(landing).toBe('/');
    const session = await agent.get('/api/session');
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ email: 'anna@vrt.nl', name: 'Anna de Vries', role: 'legal', collaborationScope: ['RTR'] });
    const list = await agent.get('/api/agreements').query({ limit: 500 });
    expect(new Set(list.body.items.map((a: { collaborationCode: string }) => a.collaborationCode))).toEqual(new Set(['RTR']));
    const audit = t.deps.db.$client.prepare("select action from audit_events where entity_type = 'user' and entity_id = ? order by id").all(String(session.body.user.id));
    expect(audit).toEqual([{ action: 'create' }, { action: 'sign_in' }]);
  });

  it('takes the role from the claim at every sign-in: a removed group ends access and the sessions', async () => {
    people.set('bert', { email: 'bert@vrt.nl', email_verified: true, name: 'Bert', groups: ['akkoord-beheer'] });
    const first = await signInAs('bert');
    expect((await first.agent.get('/api/session')).body.user.role).toBe('admin');
    people.set('bert', { ...people.get('bert'), groups: ['akkoord-lezers'] });
    const second = await signInAs('bert');
    expect((await second.agent.get('/api/session')).body.user.role).toBe('viewer');
    people.set('bert', { ...people.get('bert'), groups: [] });
    const third = await signInAs('bert');
    expect(third.landing).toBe('/sign-in?sso=sso_no_role');
    expect((await second.agent.get('/api/session')).status).toBe(401);
    const bert = (await t.agent.get('/api/users')).body.find((u: { email: string }) => u.email === 'bert@vrt.nl');
    expect(bert.ssoWaitingSince).toEqual(expect.any(String));
    people.set('bert', { ...people.get('bert'), groups: ['akkoord-lezers'] });
    expect((await signInAs('bert')).landing).toBe('/');
  });

  it('lets a person without a mapped role in nowhere, and shows them to admins as waiting for approval', async () => {
    people.set('carla', { email: 'carla@vrt.nl', email_verified: true, name: 'Carla', groups: ['iets-anders'] });
    const { agent, landing } = await signInAs('carla');
    expect(landing).toBe('/sign-in?sso=sso_no_role');
    expect((await agent.get('/api/session')).status).toBe(401);
    const carla = (await t.agent.get('/api/users')).body.find((u: { email: string }) => u.email === 'carla@vrt.nl');
    expect(carla).toMatchObject({ sso: true, ssoWaitingSince: expect.any(String) });
  });

  it('links an existing account once by verified e-mail', async () => {
    const local = await t.signIn({ role: 'manager', email: 'dirk@vrt.nl' });
    people.set('dirk-sub', { email: 'dirk@vrt.nl', email_verified: true, name: 'Dirk', groups: ['akkoord-lezers'] });
    const { agent, landing } = await signInAs('dirk-sub');
    expect(landing).toBe('/');
    expect((await agent.get('/api/session')).body.user).toMatchObject({ id: local.user.id, role: 'viewer' });
    const actions = t.deps.db.$client.prepare("select action from audit_events where entity_type = 'user' and entity_id = ? order by id").all(String(local.user.id));
    expect(actions.map((a) => (a as { action: string }).action)).toEqual(['link_account', 'update', 'sign_in']);
    // An unverified address does not take over an account.
    await t.signIn({ role: 'admin', email: 'eva@vrt.nl' });
    people.set('eva-sub', { email: 'eva@vrt.nl', email_verified: false, name: 'Eva', groups: ['akkoord-beheer'] });
    expect((await signInAs('eva-sub')).landing).toBe('/sign-in?sso=sso_email_taken');
  });

  it('refuses a tampered state, a state from another browser, a replayed code and a wrong nonce', async () => {
    people.set('fred', { email: 'fred@vrt.nl', email_verified: true, name: 'Fred', groups: ['akkoord-lezers'] });
    const tampered = await toCallback('fred');
    tampered.callback.searchParams.set('state', 'nagemaakt');
    expect(await visit(tampered.agent, tampered.callback)).toBe('/sign-in?sso=sso_state');

    const foreign = await toCallback('fred');
    expect(await visit(supertest.agent(t.app), foreign.callback)).toBe('/sign-in?sso=sso_state');

    // Replayed: the same code again, even with the pending sign-in put back, is refused by the provider.
    const sso = t.deps.sso!;
    const taken: { state: string; value: { codeVerifier: string; nonce: string } }[] = [];
    const take = sso.pending.take.bind(sso.pending);
    sso.pending.take = (state, now) => {
      const value = take(state, now);
      if (value) taken.push({ state, value });
      return value;
    };
    try {
      const wrongNonce = await toCallback('fred');
      const state = wrongNonce.callback.searchParams.get('state')!;
      const pending = take(state, t.deps.clock.now().getTime())!;
      sso.pending.add(state, { ...pending, nonce: 'een-andere-nonce' }, t.deps.clock.now().getTime());
      expect(await visit(wrongNonce.agent, wrongNonce.callback)).toBe('/sign-in?sso=sso_failed');
      const once = await toCallback('fred');
      expect(await visit(once.agent, once.callback)).toBe('/');
      sso.pending.add(taken.at(-1)!.state, taken.at(-1)!.value, t.deps.clock.now().getTime());
      const again = await once.agent.get(once.callback.pathname + once.callback.search).set('Cookie', `akkoord_sso_state=${taken.at(-1)!.state}`);
      expect(again.headers.location).toBe('/sign-in?sso=sso_failed');
    } finally {
      sso.pending.take = take;
    }
  });

  it('refuses an expired ID token (a clock two hours ahead) as a clock problem', async () => {
    const normal = t.deps.sso!;
    t.deps.sso = await connectSso(t.deps.config.oidc!, PUBLIC_URL, { clockSkewSeconds: 2 * 3600 });
    try {
      people.set('gert', { email: 'gert@vrt.nl', email_verified: true, name: 'Gert', groups: ['akkoord-lezers'] });
      expect((await signInAs('gert')).landing).toBe('/sign-in?sso=sso_clock');
    } finally {
      t.deps.sso = normal;
    }
  });

  it('refuses an ID token issued to another client (audience), all else being right', async () => {
    const normal = t.deps.sso!;
    people.set('hans', { email: 'hans@vrt.nl', email_verified: true, name: 'Hans', groups: ['akkoord-lezers'] });
    // A real ID token of the same provider for client "ander", with its nonce.
    const other = await connectSso({ ...t.deps.config.oidc!, clientId: 'ander', clientSecret: 'geheim-ander' }, PUBLIC_URL);
    let foreignIdToken = '';
    other.client[customFetch] = async (url, options) => {
      const res = await fetch(url, options as RequestInit);
      const body = (await res
        .clone()
        .json()
        .catch(() => ({}))) as { id_token?: string };
      if (body.id_token) foreignIdToken = body.id_token;
      return res;
    };
    t.deps.sso = other;
    const theirs = await toCallback('hans');
    expect(await visit(theirs.agent, theirs.callback)).toBe('/');
    expect(foreignIdToken).toMatch(/^ey/);
    const foreignNonce = (JSON.parse(Buffer.from(foreignIdToken.split('.')[1]!, 'base64url').toString()) as { nonce: string; aud: string }).nonce;

    // Akkoord's own flow, whose token response carries that other client's ID token (and the pending nonce matches it).
    const mine = await connectSso(t.deps.config.oidc!, PUBLIC_URL);
    mine.client[customFetch] = async (url, options) => {
      const res = await fetch(url, options as RequestInit);
      if (!url.endsWith('/token')) return res;
      const body = (await res.json()) as Record<string, unknown>;
      return new Response(JSON.stringify({ ...body, id_token: foreignIdToken }), { status: res.status, headers: { 'content-type': 'application/json' } });
    };
    t.deps.sso = mine;
    const warnings: unknown[] = [];
    const warn = t.deps.logger.warn.bind(t.deps.logger);
    t.deps.logger.warn = ((obj: unknown) => void warnings.push(obj)) as typeof t.deps.logger.warn;
    try {
      const { agent, callback } = await toCallback('hans');
      const state = callback.searchParams.get('state')!;
      const pending = mine.pending.take(state, t.deps.clock.now().getTime())!;
      mine.pending.add(state, { ...pending, nonce: foreignNonce }, t.deps.clock.now().getTime());
      expect(await visit(agent, callback)).toBe('/sign-in?sso=sso_failed');
      expect(warnings).toContainEqual(expect.objectContaining({ event: 'sso_failed', claim: 'aud' }));
    } finally {
      t.deps.sso = normal;
      t.deps.logger.warn = warn;
    }
  });

  it('ends the provider session too when signing out', async () => {
    people.set('ilse', { email: 'ilse@vrt.nl', email_verified: true, name: 'Ilse', groups: ['akkoord-lezers'] });
    const { agent } = await signInAs('ilse');
    const csrf = (await agent.get('/api/session')).body.csrfToken as string;
    const out = await agent.delete('/api/session').set('X-CSRF-Token', csrf);
    expect(out.status).toBe(200);
    const logout = new URL(out.body.logoutUrl as string);
    expect(logout.origin).toBe(issuer);
    expect(logout.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/sign-in`);
    expect((await agent.get('/api/session')).status).toBe(401);
  });

  it('stops start-up on an issuer that is not a provider, naming OIDC_ISSUER', async () => {
    await expect(connectSso({ ...t.deps.config.oidc!, issuer: 'http://127.0.0.1:9/nergens' }, PUBLIC_URL, { timeoutMs: 2000 })).rejects.toThrow(SsoStartupError);
    await expect(connectSso({ ...t.deps.config.oidc!, issuer: 'http://127.0.0.1:9/nergens' }, PUBLIC_URL, { timeoutMs: 2000 })).rejects.toThrow(/OIDC_ISSUER/);
  });

  it('with the provider down, sends people back to the sign-in page saying so', async () => {
    await provider.close();
    const start = await supertest(t.app).get('/api/auth/sso/login');
    expect(start.headers.location).toBe('/sign-in?sso=sso_unavailable');
    // Password sign-in still works (here every account may; with LOCAL_LOGIN=false only BREAK_GLASS_EMAIL).
    expect((await supertest(t.app).post('/api/session').send({ email: t.user.email, password: t.password })).status).toBe(200);
  });
});

describe('LOCAL_LOGIN=false', () => {
  it('leaves password sign-in to the break-glass account only', async () => {
    const s = await createTestApp({
      env: { OIDC_ISSUER: 'http://127.0.0.1:9', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b', LOCAL_LOGIN: 'false', BREAK_GLASS_EMAIL: 'Admin@Akkoord.test' },
    });
    try {
      await expect(s.signIn({ role: 'legal' })).rejects.toThrow(/403/);
      expect((await supertest(s.app).get('/api/auth/sso')).body.localLogin).toBe(false);
    } finally {
      s.close();
    }
  });
});
