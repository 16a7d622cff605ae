import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainAllToText } from '@akkoord/shared/lifecycle/explain-to-text';
import type { AlertItem } from '@akkoord/shared/schemas/alert';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { refreshDerived } from './refresh-derived.ts';

// Reference day 24 September 2026 (stored alerts); other days are computed on request.
const TODAY = '2026-09-24';
let t: TestApp;
let orgs: number[];
beforeAll(async () => {
  t = await createTestApp({ today: TODAY });
  orgs = ((await t.agent.get('/api/organisations')).body as { id: number }[]).slice(0, 2).map((o) => o.id);
});
afterAll(() => t.close());

const yearly = {
  type: 'service',
  collaborationCode: 'RTR',
  startDate: '2024-01-01',
  endDate: '2026-12-31',
  termKind: 'fixed',
  noticePeriod: { value: 3, unit: 'month' },
  tacitRenewal: true,
  renewalPeriod: { value: 1, unit: 'year' },
  ownerName: 'J. Jansen',
};

async function create(fields: Record<string, unknown> = {}): Promise<{ id: number; version: number }> {
  const res = await t.agent
    .post('/api/agreements')
    .set(t.headers)
    .send({
      ...yearly,
      title: `Alerttest ${Math.random()}`,
      parties: [
        { organisationId: orgs[0], role: 'client' },
        { organisationId: orgs[1], role: 'provider' },
      ],
      ...fields,
    });
  expect(res.status).toBe(201);
  return res.body;
}

async function alerts(query: Record<string, string | number> = {}): Promise<{ items: AlertItem[]; total: number; nextCursor: string | null }> {
  const res = await t.agent.get('/api/alerts').query({ limit: 500, ...query });
  expect(res.status).toBe(200);
  return res.body;
}
const keys = async (query: Record<string, string | number> = {}) => (await alerts(query)).items.map((a) => a.key);
const RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

describe('GET /api/alerts', () => {
  it('gives the Twente register its honest first to-do list: data gaps, the ZVHT funding contradiction', async () => {
    const { items, total } = await alerts();
    expect(total).toBe(items.length);
    expect(items.map((a) => a.key)).toEqual(
      expect.arrayContaining(['contradiction:ZVHT:funding_sum_differs_from_budget', 'gap:1:end_or_term', 'gap:1:notice_period', 'gap:1:owner']),
    );
    const zvht = items.find((a) => a.kind === 'contradiction')!;
    expect(zvht).toMatchObject({ agreementId: null, collaborationCode: 'ZVHT', severity: 'medium' });
    expect(explainAllToText(zvht.explanation, 'nl').map((s) => s.replace(/\u00a0/g, ' '))).toEqual([
      'ZVHT: de financieringsregels tellen op tot € 897.000, de begroting is € 837.000 (verschil € 60.000)',
    ]);
    for (const a of items) expect(a.agreementId !== null || a.collaborationCode !== null).toBe(true);
    const ranks = items.map((a) => RANK[a.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('puts a notice deadline a week away first, with its due date and explanation', async () => {
    const { id } = await create();
    const [first] = (await alerts()).items;
    expect(first).toMatchObject({
      key: `notice:${id}:2026-09-30:7`,
      kind: 'notice_deadline',
      severity: 'critical',
      dueDate: '2026-09-30',
      daysLeft: 6,
      leadDays: 7,
      agreementId: id,
      collaborationCode: 'RTR',
      ownerName: 'J. Jansen',
    });
    expect(explainAllToText(first!.explanation, 'nl')).toEqual([
      'opzegdatum 30-09-2026 = einde looptijd 31-12-2026 − opzegtermijn 3 maanden',
      'signalering vanaf 23-09-2026 = opzegdatum 30-09-2026 − signaleringstermijn 7 dagen',
    ]);
  });

  it('filters by kind, severity, collaboration and owner', async () => {
    const { id } = await create({ ownerName: 'P. de Vries', collaborationCode: 'IVZ', endDate: '2026-11-30', tacitRenewal: false });
    expect(await keys({ kind: 'term_end', owner: 'p. de vries' })).toEqual([`end:${id}:2026-11-30:90`]);
    const ivz = await alerts({ collaboration: 'ivz' });
    expect(ivz.items.every((a) => a.collaborationCode === 'IVZ')).toBe(true);
    expect(ivz.items.map((a) => a.key)).toContain(`end:${id}:2026-11-30:90`);
    const gapsAndContradictions = await alerts({ kind: 'data_gap,contradiction', severity: 'medium' });
    expect(gapsAndContradictions.items.every((a) => ['data_gap', 'contradiction'].includes(a.kind) && a.severity === 'medium')).toBe(true);
    expect(await keys({ collaboration: 'NOPE' })).toEqual([]);
  });

  it("filters by agreement, for the agreement page's own alerts, on stored and computed days", async () => {
    const { id } = await create({ ownerName: null, endDate: '2026-11-30', tacitRenewal: false });
    const own = await alerts({ agreement: id });
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((a) => a.agreementId === id)).toBe(true);
    expect(own.items.map((a) => a.kind)).toEqual(expect.arrayContaining(['term_end', 'data_gap']));
    const otherDay = await alerts({ agreement: id, on: '2026-10-15' });
    expect(otherDay.items.every((a) => a.agreementId === id)).toBe(true);
    expect((await t.agent.get('/api/alerts').query({ agreement: 'x' })).status).toBe(400);
  });

  it('pages through every alert exactly once, most urgent first', async () => {
    const all = await keys();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await alerts({ limit: 4, ...(cursor ? { cursor } : {}) });
      expect(page.total).toBe(all.length);
      seen.push(...page.items.map((a) => a.key));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('counts by kind and severity with the same filters', async () => {
    const counts = (await t.agent.get('/api/alerts/counts')).body;
    const { total } = await alerts();
    expect(counts.total).toBe(total);
    expect(Object.values(counts.byKind as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(total);
    expect(Object.values(counts.bySeverity as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(total);
    expect(counts.byKind.contradiction).toBe(1);
    const rtr = (await t.agent.get('/api/alerts/counts').query({ collaboration: 'RTR', kind: 'data_gap' })).body;
    expect(rtr.total).toBe((await alerts({ collaboration: 'RTR', kind: 'data_gap' })).total);
  });

  it('follows every write at once: filling a gap removes its alert', async () => {
    const { id, version } = await create({ ownerName: null });
    expect(await keys({ kind: 'data_gap' })).toContain(`gap:${id}:owner`);
    await t.agent.patch(`/api/agreements/${id}`).set(t.headers).send({ ownerName: 'A. Bakker', version });
    expect(await keys({ kind: 'data_gap' })).not.toContain(`gap:${id}:owner`);
  });

  it('reports expiry without a successor until a successor takes over', async () => {
    const { id } = await create({ endDate: '2026-08-31', tacitRenewal: false });
    expect(await keys({ kind: 'expired_no_successor' })).toContain(`expired:${id}:2026-08-31`);
    const { successor } = (await t.agent.post(`/api/agreements/${id}/renewal`).set(t.headers).send()).body;
    expect(await keys({ kind: 'expired_no_successor' })).not.toContain(`expired:${id}:2026-08-31`);
    expect(await keys()).not.toContain(`gap:${successor.id}:owner`); // drafts raise no alerts
  });

  it('computes any other reference day on request, as the stored alerts of that day would be', async () => {
    const { id } = await create({ title: 'Vooruitkijken' });
    const planned = await alerts({ on: '2026-09-01', kind: 'notice_deadline' });
    expect(planned.items.find((a) => a.agreementId === id)).toMatchObject({ key: `notice:${id}:2026-09-30:30`, severity: 'high', daysLeft: 29 });
    const later = await createTestApp({ today: '2026-09-01' });
    try {
      const res = await later.agent.get('/api/alerts').query({ limit: 500 });
      const stored = (res.body.items as AlertItem[]).map((a) => a.key);
      const computed = await keys({ on: '2026-09-01' });
      // Same register, same day: the stored answer equals the computed one (apart from what this file created).
      expect(computed.filter((k) => stored.includes(k))).toEqual(stored);
    } finally {
      later.close();
    }
  });

  it('refuses bad filters and cursors', async () => {
    expect((await t.agent.get('/api/alerts').query({ kind: 'bogus' })).status).toBe(400);
    expect((await t.agent.get('/api/alerts').query({ on: '2026-02-30' })).status).toBe(400);
    const cursor = (await alerts({ limit: 1 })).nextCursor!;
    const otherDay = await t.agent.get('/api/alerts').query({ cursor, on: '2026-10-01' });
    expect(otherDay.status).toBe(400);
    expect(otherDay.body.errors).toEqual([expect.objectContaining({ field: 'query.cursor' })]);
  });
});

describe('acknowledge and snooze (per user)', () => {
  it('hides an acknowledged alert for that user only, lists it under state=acknowledged, and reopens it', async () => {
    const key = 'gap:1:owner';
    const ack = await t.agent
      .post('/api/alerts/acknowledge')
      .set(t.headers)
      .send({ keys: [key] });
    expect(ack.status).toBe(200);
    expect(ack.body).toEqual({ updated: 1 });
    expect(await keys()).not.toContain(key);
    const acknowledged = await alerts({ state: 'acknowledged' });
    expect(acknowledged.items).toEqual([expect.objectContaining({ key, acknowledgedAt: expect.any(String) })]);
    expect((await t.agent.get('/api/alerts/counts').query({ state: 'acknowledged' })).body.total).toBe(1);
    const colleague = await t.signIn({ role: 'viewer' });
    const theirs = (await colleague.agent.get('/api/alerts').query({ limit: 500 })).body.items.map((a: AlertItem) => a.key);
    expect(theirs).toContain(key);
    await t.agent
      .post('/api/alerts/reopen')
      .set(t.headers)
      .send({ keys: [key] });
    expect(await keys()).toContain(key);
  });

  it('snoozes until a day: hidden before it, back on it, stored in SQLite', async () => {
    const key = 'gap:2:owner';
    expect(
      (
        await t.agent
          .post('/api/alerts/snooze')
          .set(t.headers)
          .send({ keys: [key], until: '2026-10-01' })
      ).status,
    ).toBe(200);
    expect(await keys()).not.toContain(key);
    expect(await keys({ state: 'snoozed' })).toEqual([key]);
    expect(await keys({ on: '2026-10-01' })).toContain(key);
    const row = t.deps.db.$client.prepare('select snoozed_until as until from alert_states where alert_key = ?').get(key) as { until: string };
    expect(row.until).toBe('2026-10-01');
    const audit = t.deps.db.$client.prepare("select action from audit_events where entity_type = 'alert_state' order by id desc limit 1").get() as { action: string };
    expect(audit.action).toBe('snooze');
  });

  it('acts on many alerts at once and says when each was handled; a viewer may not, a limited user sees only their scope', async () => {
    const open = (await alerts({ kind: 'data_gap', limit: 3 })).items;
    expect(open).toHaveLength(3);
    const bulk = open.map((a) => a.key);
    const before = await alerts({ state: 'all', kind: 'data_gap' });
    const ack = await t.agent
      .post('/api/alerts/acknowledge')
      .set(t.headers)
      .send({ keys: [...bulk, bulk[0]] });
    expect(ack.body).toEqual({ updated: 3 });
    const handled = (await alerts({ state: 'acknowledged' })).items.filter((a) => bulk.includes(a.key));
    expect(handled).toHaveLength(3);
    for (const a of handled) expect(a).toMatchObject({ acknowledgedAt: t.deps.clock.now().toISOString(), stateChangedAt: t.deps.clock.now().toISOString() });
    // Open alerts carry no state time; the whole list (state=all) still has every alert.
    expect((await alerts({ kind: 'data_gap' })).items.every((a) => a.stateChangedAt === null)).toBe(true);
    expect((await alerts({ state: 'all', kind: 'data_gap' })).total).toBe(before.total);
    const snooze = await t.agent
      .post('/api/alerts/snooze')
      .set(t.headers)
      .send({ keys: bulk.slice(0, 2), until: '2026-10-15' });
    expect(snooze.body).toEqual({ updated: 2 });
    expect((await keys({ state: 'snoozed' })).filter((k) => bulk.includes(k)).sort()).toEqual(bulk.slice(0, 2).sort());
    expect((await t.agent.post('/api/alerts/reopen').set(t.headers).send({ keys: bulk })).body).toEqual({ updated: 3 });
    expect((await keys()).filter((k) => bulk.includes(k)).sort()).toEqual([...bulk].sort());

    const viewer = await t.signIn({ role: 'viewer' });
    expect((await viewer.agent.post('/api/alerts/acknowledge').set(viewer.headers).send({ keys: bulk })).status).toBe(403);
    const rtr = await t.signIn({ role: 'manager', email: 'rtr-manager@akkoord.test', scope: ['RTR'] });
    for (const state of ['open', 'acknowledged', 'snoozed', 'all']) {
      const res = await rtr.agent.get('/api/alerts').query({ state, limit: 500 });
      expect(res.status).toBe(200);
      expect(
        (res.body.items as AlertItem[]).every((a) => a.collaborationCode === 'RTR'),
        state,
      ).toBe(true);
    }
  });

  it('validates keys and snooze days', async () => {
    expect(
      (
        await t.agent
          .post('/api/alerts/snooze')
          .set(t.headers)
          .send({ keys: ['gap:1:owner'], until: TODAY })
      ).status,
    ).toBe(422);
    expect(
      (
        await t.agent
          .post('/api/alerts/acknowledge')
          .set(t.headers)
          .send({ keys: ['not a key'] })
      ).status,
    ).toBe(422);
    expect((await t.agent.post('/api/alerts/acknowledge').set(t.headers).send({ keys: [] })).status).toBe(422);
  });
});

describe('daily refresh', () => {
  it('recomputes the stored alerts once the day changes', async () => {
    let day = '2026-09-20';
    // Only the calendar day moves (the session would expire if the instant moved three days).
    const app = await createTestApp({ clock: { today: () => day, now: () => new Date('2026-09-20T08:00:00Z') } });
    try {
      const res = await app.agent
        .post('/api/agreements')
        .set(app.headers)
        .send({ ...yearly, title: 'Dagwissel', parties: [{ organisationId: orgs[0], role: 'client' }] });
      const id = res.body.id as number;
      expect(res.status).toBe(201);
      const keysOf = async () => {
        const list = await app.agent.get('/api/alerts').query({ kind: 'notice_deadline' });
        expect(list.status).toBe(200);
        return (list.body.items as AlertItem[]).map((a) => a.key);
      };
      expect(await keysOf()).toEqual([`notice:${id}:2026-09-30:30`]);
      day = '2026-09-23';
      expect(await keysOf()).toEqual([`notice:${id}:2026-09-30:7`]);
      const runs = app.deps.db.$client.prepare('select day from alert_runs where finished_at is not null order by id').all() as { day: string }[];
      expect(runs.map((r) => r.day)).toEqual(['2026-09-20', '2026-09-23']);
      const status = (await app.agent.get(`/api/agreements/${id}`)).body;
      expect(status).toMatchObject({ status: 'expiring', computedOn: '2026-09-23' });
    } finally {
      app.close();
    }
  });

  it('recomputes the whole register on demand but rewrites only what changed', async () => {
    await keys(); // stored alerts of today exist
    const first = refreshDerived(t.deps, { on: TODAY });
    expect(first.alerts.agreements).toBe(first.checked);
    expect(first.alerts.alerts).toBe(0);
    const before = await keys();
    const { id } = await create({ title: 'Nieuw na herberekening' });
    const second = refreshDerived(t.deps, { on: TODAY });
    expect(second.alerts.alerts).toBe(3); // only the new agreement (marked dirty by the write): its lifecycle, chain and Woo alert sets
    expect((await keys()).filter((k) => !before.includes(k))).toContain(`notice:${id}:2026-09-30:7`);
  });

  it('after a change to one source redoes that source for every agreement, and only that one', async () => {
    await keys();
    const setting = t.deps.db.$client.prepare("select value from settings where key = 'alerts.sources'").pluck();
    const stored = JSON.parse(setting.get() as string) as string;
    expect(stored).toMatch(/lifecycle@\d+/);
    t.deps.db.$client.prepare("update settings set value = ? where key = 'alerts.sources'").run(JSON.stringify(stored.replace(/lifecycle@\d+/, 'lifecycle@0')));
    const before = await keys();
    const result = refreshDerived(t.deps, { on: TODAY, onlyStale: true });
    const live = t.deps.db.$client.prepare('select count(*) from agreements where archived_at is null').pluck().get() as number;
    expect(result.alerts.agreements).toBe(live);
    // Each agreement had only its lifecycle set rewritten: nothing changed, so the alerts are the same.
    expect(await keys()).toEqual(before);
    expect(JSON.parse(setting.get() as string)).toBe(stored);
  });
});
