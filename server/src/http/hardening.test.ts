import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import supertest from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';

let t: TestApp;
afterEach(() => t?.close());

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('security headers', () => {
  it('send a strict Content-Security-Policy (no inline or eval scripts) and the usual hardening headers', async () => {
    t = await createTestApp();
    for (const res of [await supertest(t.app).get('/api/health'), await supertest(t.app).get('/api/agreements'), await t.agent.get('/api/agreements')]) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['x-request-id']).toEqual(expect.any(String));
    }
  });

  it('keep API answers out of browser and proxy caches (no-store, no body-hash ETag), except where a route allows it', async () => {
    t = await createTestApp();
    for (const res of [await t.agent.get('/api/agreements'), await t.agent.get('/api/collaborations'), await supertest(t.app).get('/api/agreements')]) {
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.etag).toBeUndefined();
    }
    const one = await t.agent.get('/api/agreements?limit=1');
    const detail = await t.agent.get(`/api/agreements/${one.body.items[0].id}`);
    expect(detail.headers.etag).toMatch(/^"\d+-\d+"$/);
  });

  it('add HSTS and upgrade-insecure-requests when served over https', async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://akkoord.vrt.example' } });
    const res = await supertest(t.app).get('/api/health');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('leave nothing in the page that the CSP would have to allow inline', () => {
    for (const file of ['client/index.html', 'client/dist/index.html'].map((f) => path.join(root, f)).filter((f) => fs.existsSync(f))) {
      const html = fs.readFileSync(file, 'utf8');
      const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
      for (const s of scripts) expect(s, `${file}: inline script`).toMatch(/^<script\b[^>]*\bsrc=[^>]*>\s*<\/script>$/i);
      expect(html, `${file}: inline event handler`).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, `${file}: inline style`).not.toMatch(/<style\b|\sstyle\s*=/i);
    }
  });
});

describe('errors', () => {
  it('answer an unexpected failure with a plain 500 problem naming the request id, never the stack or the SQL', async () => {
    t = await createTestApp();
    t.deps.db.$client.pragma('foreign_keys = OFF');
    t.deps.db.$client.prepare('alter table organisations rename to organisations_elders').run();
    const res = await t.agent.get('/api/organisations').set('X-Request-Id', 'hardening-500-test');
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'internal', status: 500, requestId: 'hardening-500-test' });
    expect(res.text).not.toMatch(/organisations|select|SQLITE|no such table|\.ts:\d+|node_modules|at /i);
  });

  it('answer signed-out API calls with 401 problem+json, but not health, sign-in and the API description', async () => {
    t = await createTestApp();
    const anonymous = supertest(t.app);
    const refused = await anonymous.get('/api/agreements');
    expect(refused.status).toBe(401);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'unauthenticated', requestId: refused.headers['x-request-id'] });
    expect((await anonymous.get('/api/health')).status).toBe(200);
    expect((await anonymous.get('/api/openapi.json')).status).toBe(200);
    expect((await anonymous.post('/api/session').send({})).status).toBe(422);
    expect((await anonymous.get('/api/session')).status).toBe(401);
  });
});
