import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertCountsQuery, AlertItem, ListAlertsQuery } from '@akkoord/shared/schemas/alert';
import type { Page } from '@akkoord/shared/schemas/common';
import type { RequestContext } from '../../http/context.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';
import { countAlerts, listAlerts } from './alerts.service.ts';

// A day other than the stored one is computed chunk by chunk (computed-alerts.ts). These tests hold its pages,
// cursors, totals and counts equal for any chunk size, and equal to the stored alerts of that day once it is today.
const TODAY = '2026-09-24';
const PLANNED = '2026-11-16';
let day = TODAY;
let t: TestApp;
let viewer: SignedIn;
let admin: RequestContext;
let scoped: RequestContext;
const created: number[] = [];

const ctxOf = (s: SignedIn, scope: string[] | null): RequestContext => ({
  requestId: 'test',
  user: { id: s.user.id, email: s.user.email, name: s.user.email, role: s.user.role, collaborationScope: scope, locale: 'nl', mustChangePassword: false },
});

beforeAll(async () => {
  t = await createTestApp({ clock: { today: () => day, now: () => new Date('2026-09-24T08:00:00Z') } });
  viewer = await t.signIn({ role: 'viewer', scope: ['RTR'] });
  admin = ctxOf(t, null);
  scoped = ctxOf(viewer, ['RTR']);
  const orgs = ((await t.agent.get('/api/organisations')).body as { id: number }[]).slice(0, 2).map((o) => o.id);
  const collaborations = ['RTR', 'IVZ', 'RTR', 'ZVHT'];
  const owners = ['J. Jansen', 'P. de Vries', null, 'a.bakker@vrt.nl'];
  // A register of a few dozen more agreements whose deadlines fall before, around and after the planned day.
  for (let i = 0; i < 36; i++) {
    const month = String(1 + (i % 12)).padStart(2, '0');
    const res = await t.agent
      .post('/api/agreements')
      .set(t.headers)
      .send({
        type: 'service',
        title: `Vooruitkijken ${i}`,
        collaborationCode: collaborations[i % collaborations.length],
        startDate: '2024-01-01',
        endDate: `${2026 + (i % 3)}-${month}-${i % 2 ? '28' : '15'}`,
        termKind: 'fixed',
        noticePeriod: i % 5 === 4 ? null : { value: 1 + (i % 4), unit: 'month' },
        tacitRenewal: i % 3 !== 2,
        renewalPeriod: { value: 1, unit: 'year' },
        reviewDate: i % 4 === 0 ? `2026-${String(10 + (i % 3)).padStart(2, '0')}-01` : null,
        ownerName: owners[i % owners.length],
        parties:
          i % 6 === 5
            ? []
            : [
                { organisationId: orgs[0], role: 'client' },
                { organisationId: orgs[1], role: 'provider' },
              ],
      });
    expect(res.status).toBe(201);
    created.push(res.body.id as number);
  }
  const archived = created[7]!;
  expect((await t.agent.post(`/api/agreements/${archived}/archive`).set(t.headers).send({ confirm: true })).status).toBe(200);
  await t.agent.get('/api/alerts'); // stores today's alerts
});
afterAll(() => t.close());

/** Every page of a query, following the cursor, with the given chunk size. */
async function pages(ctx: RequestContext, q: Partial<ListAlertsQuery>, chunkSize?: number): Promise<Page<AlertItem>[]> {
  const out: Page<AlertItem>[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAlerts(t.deps, ctx, { limit: 7, state: 'open', ...q, ...(cursor ? { cursor } : {}) }, { chunkSize });
    out.push(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}
const counts = (ctx: RequestContext, q: Partial<AlertCountsQuery>, chunkSize?: number) => countAlerts(t.deps, ctx, { state: 'open', ...q }, { chunkSize });
const everything = async (ctx: RequestContext, q: Partial<ListAlertsQuery>) => listAlerts(t.deps, ctx, { limit: 500, state: 'open', ...q });

const QUERIES: Partial<ListAlertsQuery>[] = [
  {},
  { state: 'all' },
  { state: 'acknowledged' },
  { state: 'snoozed' },
  { kind: ['notice_deadline', 'term_end'] },
  { severity: ['high', 'critical'] },
  { collaboration: 'IVZ' },
  { owner: 'p. de vries' },
  { owner: 'A.BAKKER@VRT.NL', kind: ['data_gap'] },
];

describe('alerts of a day other than the stored one', () => {
  it('pages, cursors, totals and counts do not depend on the chunk size (one chunk = the whole register at once)', async () => {
    const all = await everything(admin, { on: PLANNED, state: 'all' });
    expect(all.total).toBeGreaterThan(60);
    expect(all.nextCursor).toBeNull();
    // Acknowledge one, snooze one past the planned day and one only until before it (back on the planned day).
    const [ack, longSnooze, shortSnooze] = [all.items[2]!.key, all.items[9]!.key, all.items[20]!.key];
    await t.agent
      .post('/api/alerts/acknowledge')
      .set(t.headers)
      .send({ keys: [ack] })
      .expect(200);
    await t.agent
      .post('/api/alerts/snooze')
      .set(t.headers)
      .send({ keys: [longSnooze], until: '2026-12-01' })
      .expect(200);
    await t.agent
      .post('/api/alerts/snooze')
      .set(t.headers)
      .send({ keys: [shortSnooze], until: '2026-10-01' })
      .expect(200);

    const cases: [RequestContext, Partial<ListAlertsQuery>[]][] = [
      [admin, [...QUERIES, { agreement: created[3]! }]],
      [scoped, [{}, { state: 'all' }, { kind: ['data_gap'] }]],
    ];
    for (const [ctx, queries] of cases) {
      for (const q of queries) {
        const whole = await pages(ctx, { ...q, on: PLANNED }, 1_000_000);
        const chunked = await pages(ctx, { ...q, on: PLANNED }, 5);
        expect(chunked).toEqual(whole);
        const single = await everything(ctx, { ...q, on: PLANNED });
        expect(chunked.flatMap((p) => p.items)).toEqual(single.items);
        for (const p of chunked) expect(p.total).toBe(single.total);
        expect(await counts(ctx, { ...q, on: PLANNED }, 5)).toEqual(await counts(ctx, { ...q, on: PLANNED }, 1_000_000));
        expect((await counts(ctx, { ...q, on: PLANNED }, 5)).total).toBe(single.total);
      }
    }
    const open = (await everything(admin, { on: PLANNED })).items.map((a) => a.key);
    expect(open).not.toContain(ack);
    expect(open).not.toContain(longSnooze);
    expect(open).toContain(shortSnooze);
    expect((await everything(admin, { on: PLANNED, state: 'acknowledged' })).items.map((a) => a.key)).toEqual([ack]);
    expect((await everything(admin, { on: PLANNED, state: 'snoozed' })).items.map((a) => a.key)).toEqual([longSnooze]);
    const rtrOnly = (await everything(scoped, { on: PLANNED, state: 'all' })).items;
    expect(rtrOnly.length).toBeGreaterThan(0);
    expect(rtrOnly.every((a) => a.collaborationCode === 'RTR')).toBe(true);
    expect(rtrOnly.map((a) => a.key)).toContain(ack); // acknowledged by the admin, not by this viewer
  });

  it('equals the stored alerts of that day once it is today, and the other way round', async () => {
    const queries: [RequestContext, Partial<ListAlertsQuery>][] = [
      ...QUERIES.map((q) => [admin, q] as [RequestContext, Partial<ListAlertsQuery>]),
      [admin, { agreement: created[3]! }],
      [admin, { agreement: 10, state: 'all' }],
      [scoped, {}],
      [scoped, { state: 'all', kind: ['notice_deadline', 'data_gap'] }],
    ];
    const answer = async (on: string, chunkSize?: number) => {
      const out: unknown[] = [];
      for (const [ctx, q] of queries)
        out.push(
          (await pages(ctx, { ...q, on }, chunkSize)).flatMap((p) => p.items),
          await counts(ctx, { ...q, on }, chunkSize),
        );
      return out;
    };
    const storedToday = await answer(TODAY);
    const computedPlanned = await answer(PLANNED, 4);
    day = PLANNED; // the first request stores the alerts of the new day
    try {
      expect(await answer(PLANNED)).toEqual(computedPlanned);
      expect(await answer(TODAY, 4)).toEqual(storedToday);
    } finally {
      day = TODAY;
      await t.agent.get('/api/alerts');
    }
  });

  it('hands the event loop back between chunks and runs one such computation at a time', async () => {
    const order: string[] = [];
    const other = new Promise<void>((resolve) => setImmediate(() => resolve(void order.push('other request'))));
    const first = listAlerts(t.deps, admin, { limit: 5, state: 'open', on: PLANNED }, { chunkSize: 3 }).then((p) => (order.push('first'), p));
    // In one chunk: were it not waiting for its turn, it would be done before the first one.
    const second = countAlerts(t.deps, admin, { state: 'open', on: PLANNED }, { chunkSize: 1_000_000 }).then((c) => (order.push('second'), c));
    // One agreement's own alerts (the agreement page) read only that agreement and do not wait.
    const own = listAlerts(t.deps, admin, { limit: 5, state: 'open', on: PLANNED, agreement: created[3]! }, { chunkSize: 3 }).then(() => void order.push('own agreement'));
    const [page, count] = await Promise.all([first, second, other, own]);
    expect(order).toEqual(['other request', 'own agreement', 'first', 'second']);
    expect(count.total).toBe(page.total);
  });

  it('stops when the client has gone, also while waiting for its turn', async () => {
    const gone = new AbortController();
    const running = listAlerts(t.deps, admin, { limit: 5, state: 'open', on: PLANNED }, { chunkSize: 3 });
    const waiting = countAlerts(t.deps, admin, { state: 'open', on: PLANNED }, { chunkSize: 3, signal: gone.signal });
    gone.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    expect((await running).items).toHaveLength(5);
    const stopped = new AbortController();
    const midway = listAlerts(t.deps, admin, { limit: 5, state: 'open', on: PLANNED }, { chunkSize: 3, signal: stopped.signal });
    await new Promise((resolve) => setImmediate(resolve));
    stopped.abort(new Error('stopped'));
    await expect(midway).rejects.toThrow('stopped');
    expect((await listAlerts(t.deps, admin, { limit: 5, state: 'open', on: PLANNED })).items).toHaveLength(5); // the turn was handed back
  });

  it('reads each chunk when its turn comes: a write between chunks shows in the later ones', async () => {
    // The chain rules' alerts are read from the store: those of the register's agreement 10 (its start precedes what it covers).
    const chained = t.deps.db.$client.prepare("select agreement_id from agreement_alerts where source = 'chain' order by agreement_id desc").pluck().get() as number;
    const last = created[created.length - 1]!;
    expect(chained).toBeGreaterThan(6);
    const running = listAlerts(t.deps, admin, { limit: 500, state: 'all', on: PLANNED }, { chunkSize: 3 });
    await new Promise((resolve) => setImmediate(resolve)); // two chunks (ids 1–6) are done, the others not
    t.deps.db.$client.prepare('update agreements set owner_name = ? where id in (?, ?)').run('Tijdens Rekenen', chained, last);
    const { items } = await running;
    const changed = items.filter((a) => a.agreementId === chained || a.agreementId === last);
    expect(changed.map((a) => a.kind)).toContain('chain');
    expect(changed.some((a) => a.agreementId === last)).toBe(true);
    expect(changed.every((a) => a.ownerName === 'Tijdens Rekenen')).toBe(true);
  });
});
