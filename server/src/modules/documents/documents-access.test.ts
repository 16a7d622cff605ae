import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@akkoord/shared/domain/enums';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';
import { pdf } from './document-fixtures.testing.ts';

/**
 * Documents follow their agreement's visibility exactly (issue 13 item 4): every new route × every role ×
 * {unlimited, limited to RTR} × {a document inside RTR, one outside it}. Outside the scope a document does
 * not exist (404, as an unknown id); a refused request writes nothing, not even a download event.
 */

type Scope = 'unlimited' | 'RTR';
interface Case {
  route: string;
  /** Whether the route reads (every role) or writes (legal and admin). */
  writes: boolean;
  send: (who: SignedIn, target: Target) => Promise<{ status: number; body: { code?: string } }>;
  ok: number;
  /** Brings the document into the state the route needs, and back afterwards (as the admin; not counted). */
  before?: (x: Target) => Promise<unknown>;
  after?: (x: Target) => Promise<unknown>;
}
interface Target {
  agreementId: number;
  documentId: number;
}

let t: TestApp;
let inside: Target;
let outside: Target;
let n = 0;
const fresh = () => pdf([`Bestand ${n++} ${Date.now()}`]);
const restore = async (x: Target) => {
  if ((await t.agent.get(`/api/documents/${x.documentId}`)).body.archived) await t.agent.post(`/api/documents/${x.documentId}/restore`).set(t.headers);
};
const count = (sql: string) => t.deps.db.$client.prepare(sql).pluck().get() as number;

const CASES: Case[] = [
  { route: 'GET /api/agreements/{id}/documents', writes: false, ok: 200, send: (w, x) => w.agent.get(`/api/agreements/${x.agreementId}/documents`) },
  {
    route: 'POST /api/agreements/{id}/documents',
    writes: true,
    ok: 201,
    send: (w, x) => w.agent.post(`/api/agreements/${x.agreementId}/documents`).set(w.headers).field('kind', 'annex').attach('file', fresh(), 'bijlage.pdf'),
  },
  { route: 'GET /api/documents/{id}', writes: false, ok: 200, send: (w, x) => w.agent.get(`/api/documents/${x.documentId}`) },
  {
    route: 'POST /api/documents/{id}/versions',
    writes: true,
    ok: 201,
    send: (w, x) => w.agent.post(`/api/documents/${x.documentId}/versions`).set(w.headers).attach('file', fresh(), 'versie.pdf'),
  },
  { route: 'GET /api/documents/{id}/versions/{version}/content', writes: false, ok: 200, send: (w, x) => w.agent.get(`/api/documents/${x.documentId}/versions/1/content`) },
  {
    route: 'POST /api/documents/{id}/archive',
    writes: true,
    ok: 200,
    send: (w, x) => w.agent.post(`/api/documents/${x.documentId}/archive`).set(w.headers),
    after: (x) => restore(x),
  },
  {
    route: 'POST /api/documents/{id}/restore',
    writes: true,
    ok: 200,
    before: (x) => t.agent.post(`/api/documents/${x.documentId}/archive`).set(t.headers),
    send: (w, x) => w.agent.post(`/api/documents/${x.documentId}/restore`).set(w.headers),
    after: (x) => restore(x),
  },
];

beforeAll(async () => {
  t = await createTestApp();
  const byCode = (code: string, not = false) =>
    t.deps.db.$client
      .prepare(
        `select a.id from agreements a join collaborations c on c.id = a.collaboration_id where c.code ${not ? '<>' : '='} ? and a.archived_at is null order by a.id limit 1`,
      )
      .pluck()
      .get(code) as number;
  const place = async (agreementId: number): Promise<Target> => {
    const res = await t.agent.post(`/api/agreements/${agreementId}/documents`).set(t.headers).field('kind', 'signed_copy').attach('file', fresh(), 'getekend.pdf');
    expect(res.status).toBe(201);
    return { agreementId, documentId: res.body.id };
  };
  inside = await place(byCode('RTR'));
  outside = await place(byCode('RTR', true));
});
afterAll(() => t.close());

describe('documents: role and scope matrix', () => {
  it('every route is on the OpenAPI document with the document policy', async () => {
    const doc = (await t.agent.get('/api/openapi.json')).body as { paths: Record<string, Record<string, { 'x-access': { resource: string; roles: Role[] } }>> };
    for (const c of CASES) {
      const [method, path] = c.route.split(' ') as [string, string];
      const op = doc.paths[path]?.[method.toLowerCase()];
      expect(op, c.route).toBeDefined();
      expect(op!['x-access'].resource).toBe('document');
      expect([...op!['x-access'].roles].sort()).toEqual(c.writes ? ['admin', 'legal'] : [...ROLES].sort());
    }
  });

  it('answers each route for every role and scope as the policy and the agreement’s visibility say', async () => {
    const wrong: string[] = [];
    let cases = 0;
    for (const role of ROLES) {
      for (const scope of ['unlimited', 'RTR'] as Scope[]) {
        const who = await t.signIn({ role, email: `${role}-${scope}@akkoord.test`, scope: scope === 'RTR' ? ['RTR'] : null });
        for (const c of CASES) {
          for (const [where, target] of [
            ['inside', inside],
            ['outside', outside],
          ] as const) {
            const mayRole = !c.writes || role === 'admin' || role === 'legal';
            const maySee = scope === 'unlimited' || where === 'inside';
            const expected = !mayRole ? 403 : !maySee ? 404 : c.ok;
            await c.before?.(target);
            const auditBefore = count('select count(*) from audit_events');
            const docsBefore = count('select count(*) from document_versions');
            const res = await c.send(who, target);
            cases++;
            const label = `${c.route} as ${role}/${scope} on a document ${where} RTR: ${res.status} ${res.body?.code ?? ''}`;
            if (res.status !== expected) wrong.push(`${label} (expected ${expected})`);
            if (expected !== c.ok && (count('select count(*) from audit_events') !== auditBefore || count('select count(*) from document_versions') !== docsBefore)) {
              wrong.push(`${label} wrote something although refused`);
            }
            await c.after?.(target);
          }
        }
      }
    }
    console.log(`documents access: ${cases} cases (${CASES.length} routes × ${ROLES.length} roles × 2 scopes × 2 documents)`);
    expect(wrong).toEqual([]);
  }, 120_000);

  it('says 404 for a document outside the scope exactly as for an id that was never used', async () => {
    const limited = await t.signIn({ role: 'legal', email: 'legal-RTR@akkoord.test', scope: ['RTR'] });
    const hidden = await limited.agent.get(`/api/documents/${outside.documentId}`);
    const unknown = await limited.agent.get('/api/documents/999999');
    expect(hidden.status).toBe(404);
    expect(hidden.body.detail).toBe(`Document ${outside.documentId} bestaat niet`);
    expect(unknown.body.detail).toBe('Document 999999 bestaat niet');
    const content = await limited.agent.get(`/api/documents/${outside.documentId}/versions/1/content`);
    expect(content.status).toBe(404);
    expect(JSON.stringify(content.body)).not.toContain('getekend.pdf');
  });
});
