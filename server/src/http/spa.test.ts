import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestApp, type TestApp } from '../test/harness.ts';

let t: TestApp | undefined;
const dirs: string[] = [];
afterEach(() => {
  t?.close();
  t = undefined;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A built client as `npm run build` leaves it, inside `<tmp>/.local/opt/akkoord/client/dist`. */
function clientUnderHiddenFolder(): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-home-'));
  dirs.push(home);
  const dist = path.join(home, '.local', 'opt', 'akkoord', 'client', 'dist');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Akkoord</title><div id="root"></div>');
  fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log("akkoord")');
  fs.writeFileSync(path.join(dist, '.env'), 'GEHEIM=niet-serveren');
  fs.mkdirSync(path.join(dist, '.hidden'));
  fs.writeFileSync(path.join(dist, '.hidden', 'x.js'), 'geheim()');
  return dist;
}

describe('the SPA', () => {
  it('is served from an install path with a dot-directory (~/.local/opt/akkoord): the page, its routes and assets (issue 15, item 13)', async () => {
    t = await createTestApp({ seed: false });
    const app = createApp(t.deps, { clientDist: clientUnderHiddenFolder() });
    for (const url of ['/', '/overeenkomsten', '/overeenkomsten/12/keten', '/beheer/accounts']) {
      const res = await supertest(app).get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers['content-type'], url).toContain('text/html');
      expect(res.text, url).toContain('<div id="root">');
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    const asset = await supertest(app).get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // API paths stay the API's, whatever the install path.
    expect((await supertest(app).get('/api/health')).status).toBe(200);
  });

  it('still never sends a dot-file from inside the served folder', async () => {
    t = await createTestApp({ seed: false });
    const app = createApp(t.deps, { clientDist: clientUnderHiddenFolder() });
    for (const url of ['/.env', '/.hidden/x.js', '/%2eenv', '/assets/../.env']) {
      const res = await supertest(app).get(url);
      expect(res.text, url).not.toMatch(/GEHEIM|geheim\(\)/);
    }
  });
});
