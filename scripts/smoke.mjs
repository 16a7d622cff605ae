#!/usr/bin/env node
// Start-up smoke test of the bundled server on one or more Node binaries
// (decision 037):  node scripts/smoke.mjs [NODE ...]   (default: this Node)
// For each: an empty DATA_DIR, an admin made with the CLI on that Node, the
// server started as `npm start` runs it (read worker included), then health,
// one register page, tomorrow's alerts, a reminder run and SIGTERM, which
// must end the process with exit code 0 and no native assertion.
// Prints one line per Node and closes with "smoke: N passed, M failed".
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, serverArgs, serverEnv } from './build-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nodes = process.argv.slice(2).length ? process.argv.slice(2) : [process.execPath];
const email = 'smoke-admin@akkoord.local';
const password = 'smoke-wachtwoord-123456';

function check(condition, what) {
  if (!condition) throw new Error(what);
}

async function smoke(node) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.trim() || '?';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-smoke-'));
  let child;
  let output = '';
  try {
    const created = spawnSync(node, ['--import', 'tsx', 'server/src/cli/user.ts', 'create', '--email', email, '--password', password, '--role', 'admin'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    check(created.status === 0, `the user CLI failed (${created.status}): ${created.stderr}${created.stdout}`);

    child = spawn(node, serverArgs(), {
      cwd: root,
      env: serverEnv({ ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not listen within 60 s')), 60_000);
      child.stdout.on('data', () => {
        const m = /draait op (http:\/\/localhost:\d+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1].replace('localhost', '127.0.0.1'));
        }
      });
      void exited.then(({ code, signal }) => reject(new Error(`the server stopped before listening (${code ?? signal})`)));
    });

    const health = await fetch(`${url}/api/health`);
    check(health.status === 200, `GET /api/health answered ${health.status}`);
    const signIn = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    check(signIn.ok, `sign-in answered ${signIn.status}`);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = await (await fetch(`${url}/api/session`, { headers: { cookie } })).json();

    // One register page (the read worker answers it): the Twente register, parties as arrays.
    const page = await fetch(`${url}/api/agreements?limit=5`, { headers: { cookie } });
    check(page.status === 200, `GET /api/agreements answered ${page.status}`);
    const body = await page.json();
    check(body.items.length === 5 && body.total > 5 && body.nextCursor, `the register page has ${body.items.length} of ${body.total} agreements`);
    check(body.items.every((i) => Array.isArray(i.parties)) && body.items.some((i) => i.parties.length > 0), 'register items carry their parties as arrays');

    // Another day's alerts (the whole register computed for that day) and a reminder run.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const alerts = await fetch(`${url}/api/alerts?on=${tomorrow}&limit=5`, { headers: { cookie } });
    check(alerts.status === 200, `GET /api/alerts?on=${tomorrow} answered ${alerts.status}`);
    const run = await fetch(`${url}/api/reminders/run`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: '{}' });
    check(run.status === 200, `POST /api/reminders/run answered ${run.status}`);

    child.kill('SIGTERM');
    const { code, signal } = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve({ code: 'none within 10 s' }), 10_000))]);
    check(code === 0, `SIGTERM ended the server with ${code ?? signal}`);
    check(!/Assertion failed|FATAL ERROR|Segmentation fault/.test(output), 'the server printed a native error');
    console.log(`smoke ${version}: passed (health, register page, alerts of ${tomorrow}, reminder run, SIGTERM → 0)`);
    return true;
  } catch (err) {
    console.error(`smoke ${version}: FAILED: ${err instanceof Error ? err.message : err}\n${output}`);
    return false;
  } finally {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await buildServer();
let passed = 0;
for (const node of nodes) if (await smoke(node)) passed++;
console.log(`smoke: ${passed} passed, ${nodes.length - passed} failed`);
process.exit(passed === nodes.length ? 0 : 1);
