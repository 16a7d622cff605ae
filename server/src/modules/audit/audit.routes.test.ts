import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { movableClock } from '../../test/movable-clock.ts';

let t: TestApp;
const clock = movableClock('2026-11-28T22:45:00Z'); // 23:45 in Amsterdam on the 28th
let a: number;
let b: number;

beforeAll(async () => {
  t = await createTestApp({ clock });
  a = (await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: 'Audit A' })).body.id;
  clock.advanceMinutes(20); // 00:05 on the 29th in Amsterdam
  b = (await t.agent.post('/api/agreements').set(t.headers).send({ type: 'processor', title: 'Audit B, "met komma"' })).body.id;
  await t.agent.patch(`/api/agreements/${a}`).set(t.headers).send({ version: 1, notes: 'bijgewerkt' });
  await t.agent.post(`/api/agreements/${a}/relations`).set(t.headers).send({ kind: 'based_on', otherAgreementId: b });
  const legal = await t.signIn({ role: 'legal' });
  await legal.agent.post(`/api/agreements/${b}/archive`).set(legal.headers).send({ confirm: true });
});
afterAll(() => t.close());

describe('GET /api/audit', () => {
  it('lists who changed what, newest first, with before and after and the changed fields', async () => {
    const res = await t.agent.get('/api/audit').query({ entityType: 'agreement', entityId: String(a) });
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    const update = res.body.items[0];
    expect(update).toMatchObject({ actorLabel: 'admin@akkoord.test', entityType: 'agreement', entityId: String(a), changes: ['notes'] });
    expect(update.before.notes).toBeNull();
    expect(update.after.notes).toBe('bijgewerkt');
    expect(update.requestId).toEqual(expect.any(String));
  });

  it('filters by actor, action and Amsterdam calendar days', async () => {
    const byLegal = await t.agent.get('/api/audit').query({ actor: 'LEGAL@akkoord.test' });
    expect(byLegal.body.items.map((e: { action: string; entityId: string }) => [e.action, e.entityId])).toEqual([['archive', String(b)]]);
    const creates = await t.agent.get('/api/audit').query({ action: 'create', entityType: 'agreement' });
    expect(creates.body.total).toBe(2);
    const on28 = await t.agent.get('/api/audit').query({ from: '2026-11-28', to: '2026-11-28', entityType: 'agreement' });
    expect(on28.body.items.map((e: { entityId: string }) => e.entityId)).toEqual([String(a)]);
    const from29 = await t.agent.get('/api/audit').query({ from: '2026-11-29', entityType: 'agreement' });
    expect(from29.body.items.every((e: { at: string }) => e.at >= '2026-11-28T23:00:00.000Z')).toBe(true);
    expect(from29.body.total).toBe(3);
    const backwards = await t.agent.get('/api/audit').query({ from: '2026-11-29', to: '2026-11-28' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].field).toBe('query.to');
  });

  it('pages through every event exactly once', async () => {
    const all = await t.agent.get('/api/audit').query({ limit: 500 });
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: number }[]; nextCursor: string | null; total: number } } = await t.agent
        .get('/api/audit')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.body.total).toBe(all.body.total);
      seen.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((e: { id: number }) => e.id));
    expect((await t.agent.get('/api/audit').query({ cursor: 'kapot' })).status).toBe(400);
  });

  it('is for admins only', async () => {
    for (const role of ['legal', 'manager', 'viewer'] as const) {
      const other = await t.signIn({ role });
      expect((await other.agent.get('/api/audit')).status).toBe(403);
      expect((await other.agent.get('/api/audit.csv')).status).toBe(403);
    }
  });
});

describe('append-only', () => {
  it('has no route that changes or deletes audit events', async () => {
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      expect((await t.agent[method]('/api/audit').set(t.headers).send({})).status).toBe(404);
      expect((await t.agent[method]('/api/audit/1').set(t.headers).send({})).status).toBe(404);
    }
  });

  it('is refused by the database itself', () => {
    const sqlite = t.deps.db.$client;
    expect(() => sqlite.prepare("update audit_events set actor_label = 'iemand anders'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('delete from audit_events').run()).toThrow(/append-only/);
    expect(sqlite.prepare("select count(*) from audit_events where actor_label = 'iemand anders'").pluck().get()).toBe(0);
  });
});

describe('GET /api/audit.csv', () => {
  it('exports the filtered trail in the one CSV dialect (BOM, semicolons, CRLF), oldest first, quoting what needs it', async () => {
    const res = await t.agent
      .get('/api/audit.csv')
      .query({ entityType: 'agreement' })
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (text += c));
        r.on('end', () => done(null, text));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="akkoord-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = res.body as string;
    expect(text.startsWith('\uFEFFid;at;actorId;actor;entityType;entityId;action;changes;requestId;before;after;redactedAt\r\n')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 4);
    expect(lines[1]).toContain(';create;');
    expect(lines[4]).toContain(';archive;');
    expect(text).toContain('Audit B, \\""met komma\\""');
  });
});

describe('GET /api/agreements/:id/history', () => {
  it('shows the changes to the agreement and to its relations, for every reader', async () => {
    const viewer = await t.signIn({ role: 'viewer' });
    const res = await viewer.agent.get(`/api/agreements/${a}/history`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { entityType: string; action: string }) => `${e.entityType}:${e.action}`)).toEqual([
      'agreement_relation:create',
      'agreement:update',
      'agreement:create',
    ]);
    const ofB = await viewer.agent.get(`/api/agreements/${b}/history`);
    expect(ofB.body.items.map((e: { entityType: string; action: string }) => `${e.entityType}:${e.action}`)).toEqual([
      'agreement:archive',
      'agreement_relation:create',
      'agreement:create',
    ]);
    expect((await viewer.agent.get('/api/agreements/99999/history')).status).toBe(404);
  });
});
