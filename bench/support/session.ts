import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Headers for an authenticated client of a running server: when the server
 * has accounts (POST /api/session exists), creates a bench user in the data
 * directory with the CLI and signs in; otherwise no headers are needed.
 */
export async function benchHeaders(url: string, dataDir: string, role = 'admin'): Promise<Record<string, string>> {
  const probe = await fetch(`${url}/api/session`);
  if (probe.status === 404) return {};
  const email = `bench-${role}@akkoord.local`;
  const password = 'bench-wachtwoord-123456';
  if (fs.existsSync(path.join(root, 'server/src/cli/user.ts'))) {
    spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/user.ts', 'create', '--email', email, '--password', password, '--role', role], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: 'ignore',
    });
  }
  const res = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`bench sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const session = (await (await fetch(`${url}/api/session`, { headers: { cookie } })).json()) as { csrfToken?: string };
  return { cookie, ...(session.csrfToken ? { 'x-csrf-token': session.csrfToken } : {}) };
}

/**
 * Headers for the same account through a personal API token (decision 057): made with the signed-in
 * session's headers, read-only, valid until tomorrow; empty when the server has no API tokens.
 */
export async function benchBearerHeaders(url: string, sessionHeaders: Record<string, string>): Promise<Record<string, string>> {
  const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const res = await fetch(`${url}/api/me/tokens`, {
    method: 'POST',
    headers: { ...sessionHeaders, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench', expiresOn: tomorrow, access: 'read' }),
  });
  if (res.status === 404) return {};
  if (!res.ok) throw new Error(`bench token failed: ${res.status} ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  return { authorization: `Bearer ${token}` };
}
