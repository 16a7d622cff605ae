import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@akkoord/shared/domain/enums';
import { createTestApp, type SignedIn, type TestApp } from '../test/harness.ts';

/**
 * The authorisation matrix: every operation of the OpenAPI document × every
 * role and signed-out. The server must answer exactly as the operation's
 * `x-access` says, and `x-access` must follow the role model of the issue.
 */

interface Operation {
  method: string;
  path: string;
  access: { public?: true; resource?: string; action?: string; roles?: Role[] };
}

/** Routes anyone may call: health, the session itself, the API description and the secret-URL calendar feed. */
const PUBLIC = new Set(['GET /api/health', 'GET /api/openapi.json', 'POST /api/session', 'DELETE /api/session', 'GET /cal/{secret}.ics']);
/** Resources and actions only admins may use: accounts, the audit trail, the outbox, the reminder job, global settings. */
const ADMIN_ONLY_RESOURCES = new Set(['user', 'audit', 'outbox', 'reminder_job']);
const ADMIN_ONLY_ACTIONS = new Set(['reminder_rules.update']);
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
