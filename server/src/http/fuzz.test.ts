import { createHash, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '@akkoord/shared/schemas/common';
import { SIGN_IN_SLOWDOWN } from '../modules/accounts/sign-in-slowdown.ts';
import { createTestApp, type SignedIn, type TestApp } from '../test/harness.ts';

/**
 * Bad input: random and malformed paths, query strings, bodies and headers
 * to every operation of the OpenAPI document. No 5xx; every 4xx is a
 * problem+json document without internals; a refused request changes
 * nothing in the database; an accepted one that changes it leaves an audit event.
 */

interface JsonSchema {
  properties?: Record<string, unknown>;
}
interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  queryNames: string[];
  bodyNames: string[] | null;
}

/**
 * Not records: sessions and sign-in bookkeeping change on purpose without
 * audit events, and the alert engine's derived tables are a cache it
 * rebuilds from the agreements when read.
 */
const NOT_FINGERPRINTED = new Set(['sessions', '__drizzle_migrations', 'sqlite_sequence', 'agreement_alerts', 'alert_dirty', 'alert_runs']);
const SIGN_IN_BOOKKEEPING = ['failed_sign_ins', 'locked_until', 'last_sign_in_at'];
/** Signing out would end the fuzzing session; these are fuzzed signed out. */
const SIGNED_OUT_ONLY = new Set(['delete /api/session', 'delete /api/sessions']);
/** Changes without an audit event by design: sessions are not records of the register. */
const NO_AUDIT = new Set(['post /api/session', 'delete /api/session', 'delete /api/sessions']);

let t: TestApp;
let admin: SignedIn;
let operations: Operation[];
let tables: string[];
const tally = { requests: 0, rejected: 0, accepted: 0, changedByAccepted: 0, status: new Map<number, number>() };

const slowdown = { ...SIGN_IN_SLOWDOWN };
afterAll(() => void Object.assign(SIGN_IN_SLOWDOWN, slowdown));

beforeAll(async () => {
  // Fuzzed sign-ins repeat the same few addresses: their slow-down (decision 035, tested in sessions.test.ts) would only add waiting here.
  Object.assign(SIGN_IN_SLOWDOWN, { firstDelayMs: 1, maxDelayMs: 4 });
  t = await createTestApp();
  admin = await t.signIn({ role: 'admin', email: 'fuzzer@akkoord.test' });
  const doc = (await supertest(t.app).get('/api/openapi.json')).body as {
    paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method as Operation['method'],
      path,
      queryNames: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      bodyNames: op.requestBody ? Object.keys(op.requestBody.content['application/json']?.schema.properties ?? {}) : null,
    })),
  );
  // The search indexes (FTS5 and their shadow tables) are derived from `agreements`, their parties and document pages, which are fingerprinted themselves.
  tables = (
    t.deps.db.$client
      .prepare(
        "select name from sqlite_master where type = 'table' and sql not like 'CREATE VIRTUAL%' and name not like 'agreements_fts%' and name not like 'search_%' order by name",
      )
      .pluck()
      .all() as string[]
  ).filter((n) => !NOT_FINGERPRINTED.has(n));
});
afterAll(() => t.close());

/** A hash of every stored record (sessions and sign-in counters aside). */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const table of tables) {
    for (const row of t.deps.db.$client.prepare(`select * from "${table}" order by rowid`).iterate() as Iterable<Record<string, unknown>>) {
      if (table === 'users') for (const c of SIGN_IN_BOOKKEEPING) delete row[c];
      hash.update(`${table}:${JSON.stringify(row)}\n`);
    }
  }
  return hash.digest('hex');
}

const printable = fc.stringMatching(/^[\x20-\x7e]{0,30}$/);
const weird = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    '-1',
    '1.5',
    '1e3',
    '9007199254740993',
    'null',
    'true',
    '[]',
    '{}',
    '%',
    '%zz',
    '..',
    '../..',
    'IVZ',
    'ivz',
    '1',
    '2',
    ' ',
    'ü',
    '😀',
    "'; drop table users; --",
    '<script>',
    '\u0000',
  ),
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
);
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null), fc.constant({}), fc.constant([]));

function bodyArb(names: string[]): fc.Arbitrary<unknown> {
  // Objects with the operation's own field names get past "unknown field" and reach the type checks.
  const shaped = names.length ? fc.dictionary(fc.constantFrom(...names), anyJson, { maxKeys: names.length }) : fc.constant({});
  return fc.oneof(shaped, shaped, anyJson, fc.dictionary(fc.string({ maxLength: 10 }), anyJson, { maxKeys: 4 }));
}

interface FuzzRequest {
  pathValues: string[];
  rawPath: boolean;
  query: [string, string][];
  body: unknown;
  bodyForm: 'json' | 'raw-malformed' | 'text' | 'utf16' | 'gzip' | 'none';
  headers: Record<string, string>;
  csrf: 'right' | 'missing' | 'wrong';
}

function requestArb(op: Operation): fc.Arbitrary<FuzzRequest> {
  const params = (op.path.match(/\{\w+\}/g) ?? []).length;
  return fc.record({
    pathValues: fc.array(weird, { minLength: params, maxLength: params }),
    rawPath: fc.boolean(),
    query: fc.array(fc.tuple(op.queryNames.length ? fc.oneof(fc.constantFrom(...op.queryNames), fc.string({ maxLength: 8 })) : fc.string({ maxLength: 8 }), weird), {
      maxLength: 4,
    }),
    body: bodyArb(op.bodyNames ?? []),
    bodyForm: fc.constantFrom('json', 'json', 'json', 'raw-malformed', 'text', 'utf16', 'gzip', 'none'),
    headers: fc.record({ 'If-Match': printable, Accept: fc.constantFrom('application/json', 'text/html', '*/*', 'garbage'), 'Accept-Language': printable }, { requiredKeys: [] }),
    csrf: fc.constantFrom('right', 'right', 'right', 'missing', 'wrong'),
  });
}

function urlOf(op: Operation, r: FuzzRequest): string {
  let i = 0;
  const path = op.path.replace(/\{\w+\}/g, () => {
    const v = r.pathValues[i++] ?? '';
    return r.rawPath ? v.replace(/[/?#\s]/g, '') || 'x' : encodeURIComponent(v) || 'x';
  });
  const qs = r.query.map(([k, v]) => `${encodeURIComponent(k)}=${r.rawPath ? v.replace(/[#\s&]/g, '') : encodeURIComponent(v)}`).join('&');
  return qs ? `${path}?${qs}` : path;
}

async function send(op: Operation, r: FuzzRequest, session: SignedIn | null, rid: string): Promise<supertest.Response> {
  const client = session ? session.agent : supertest(t.app);
  const req = client[op.method](urlOf(op, r)).set(r.headers).set('X-Request-Id', rid);
  if (session && r.csrf === 'right') req.set(session.headers);
  if (r.csrf === 'wrong') req.set('X-CSRF-Token', 'not-the-token');
  if (op.method === 'get' || r.bodyForm === 'none') return req;
  switch (r.bodyForm) {
    case 'json':
      return req.set('Content-Type', 'application/json').send(JSON.stringify(r.body));
    case 'raw-malformed':
      return req.set('Content-Type', 'application/json').send(`${JSON.stringify(r.body)}`.slice(0, -1) + '{');
    case 'text':
      return req.set('Content-Type', 'text/plain').send(JSON.stringify(r.body));
    case 'utf16':
      return req.set('Content-Type', 'application/json; charset=utf-16').send(JSON.stringify(r.body));
    case 'gzip':
      return req.set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send(JSON.stringify(r.body));
  }
}

function checkAnswer(label: string, res: supertest.Response): void {
  tally.status.set(res.status, (tally.status.get(res.status) ?? 0) + 1);
  expect(res.status, `${label}: ${res.status} ${res.text?.slice(0, 300)}`).toBeLessThan(500);
  if (res.status < 400) return;
  expect(res.headers['content-type'], `${label}: ${res.status} is not problem+json`).toContain('application/problem+json');
  const parsed = problemSchema.safeParse(res.body);
  expect(parsed.success, `${label}: not a problem document: ${res.text?.slice(0, 300)}`).toBe(true);
  expect(res.body.status).toBe(res.status);
  expect(res.text, `${label}: leaks internals`).not.toMatch(/\bat .+:\d+:\d+|node_modules|SQLITE_|sqlite|better-sqlite3|drizzle|TypeError|ReferenceError/);
}

describe('bad input to every route', () => {
  it('never answers 5xx, refuses with problem+json, and changes nothing when it refuses', async () => {
    const audit = t.deps.db.$client.prepare('select count(*) from audit_events where request_id = ?').pluck();
    for (const op of operations) {
      const key = `${op.method} ${op.path}`;
      await fc.assert(
        fc.asyncProperty(requestArb(op), fc.boolean(), async (r, signedOut) => {
          const session = signedOut || SIGNED_OUT_ONLY.has(key) ? null : admin;
          const before = fingerprint();
          const rid = `fuzz-${randomUUID()}`;
          const res = await send(op, r, session, rid);
          tally.requests++;
          const label = `${key} ${urlOf(op, r)} [${r.bodyForm}, csrf ${r.csrf}${session ? '' : ', signed out'}]`;
          checkAnswer(label, res);
          const after = fingerprint();
          if (res.status >= 400) {
            tally.rejected++;
            expect(after, `${label}: refused with ${res.status} but the database changed`).toBe(before);
          } else {
            tally.accepted++;
            // Reads may fill caches or create one's own calendar link on first view; writes must be audited.
            if (after !== before && op.method !== 'get' && !NO_AUDIT.has(key)) {
              tally.changedByAccepted++;
              expect(audit.get(rid), `${label}: changed the database without an audit event`).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: 30 },
      );
      expect((await admin.agent.get('/api/session')).status, `the fuzzing session survived ${key}`).toBe(200);
    }
    const statuses = [...tally.status.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    console.log(
      `fuzz: ${tally.requests} requests to ${operations.length} operations; 0 × 5xx; ${tally.rejected} refused (all problem+json, database unchanged); ${tally.accepted} accepted (${tally.changedByAccepted} changes, each audited); statuses ${statuses}`,
    );
  }, 180_000);

  it('replaces a malformed X-Request-Id with a fresh one, and names it in every problem', async () => {
    const res = await supertest(t.app).get('/api/agreements').set('X-Request-Id', 'kapot id met spaties');
    expect(res.status).toBe(401);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('refuses a body over 1 MB with 413 problem+json', async () => {
    const res = await admin.agent
      .post('/api/agreements')
      .set(admin.headers)
      .send({ type: 'service', title: 'x', notes: 'a'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
