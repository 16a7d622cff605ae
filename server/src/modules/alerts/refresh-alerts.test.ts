import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AlertItem } from '@akkoord/shared/schemas/alert';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { refreshDerived } from './refresh-derived.ts';
import { chainAlertSource } from './chain-alert-source.ts';
import { lifecycleAlertSource } from './lifecycle-alert-source.ts';

// The whole-register refresh writes only what changed: these tests look at the stored rows themselves.
let day = '2026-09-23';
let t: TestApp;
let id = 0;
beforeAll(async () => {
  t = await createTestApp({ clock: { today: () => day, now: () => new Date('2026-09-23T08:00:00Z') } });
  const orgs = ((await t.agent.get('/api/organisations')).body as { id: number }[]).slice(0, 2).map((o) => o.id);
  const res = await t.agent
    .post('/api/agreements')
    .set(t.headers)
    .send({
      type: 'service',
      title: 'Herberekening',
      collaborationCode: 'RTR',
      startDate: '2024-01-01',
      endDate: '2026-12-31',
      termKind: 'fixed',
      noticePeriod: { value: 3, unit: 'month' },
      tacitRenewal: true,
      renewalPeriod: { value: 1, unit: 'year' },
      reviewDate: '2026-10-01',
      ownerName: 'J. Jansen',
      parties: [
        { organisationId: orgs[0], role: 'client' },
        { organisationId: orgs[1], role: 'provider' },
      ],
    });
  expect(res.status).toBe(201);
  id = res.body.id;
});
afterAll(() => t.close());
afterEach(() => {
  vi.restoreAllMocks();
});

interface StoredRow {
  rowid: number;
  key: string;
  severity: string;
  sort_key: string;
  explanation: string;
}
const stored = () => new Map((t.deps.db.$client.prepare('select rowid, * from agreement_alerts').all() as StoredRow[]).map((r) => [r.key, r]));
const dirtyCount = () => t.deps.db.$client.prepare('select count(*) from alert_dirty').pluck().get() as number;
// The stored "name@version" list of the alert sources: lifecycle@0 stands for a change to the lifecycle rules.
const signature = {
  get: () => JSON.parse(t.deps.db.$client.prepare("select value from settings where key = 'alerts.sources'").pluck().get() as string) as string,
  set: (value: string) => t.deps.db.$client.prepare("update settings set value = ? where key = 'alerts.sources'").run(JSON.stringify(value)),
};

describe('whole-register refresh of the stored alerts', () => {
  it('updates an alert whose severity changes with the day in place: same row, same key', () => {
    refreshDerived(t.deps, { on: day });
    const review = `review:${id}:2026-10-01:due`;
    const before = stored().get(review)!;
    expect(before.severity).toBe('low'); // 8 days ahead
    day = '2026-09-24';
    const result = refreshDerived(t.deps, { on: day, onlyStale: true });
    const after = stored().get(review)!;
    expect(after).toMatchObject({ rowid: before.rowid, severity: 'medium', explanation: before.explanation });
    expect(after.sort_key).not.toBe(before.sort_key);
    expect(result.updated).toBe(result.checked); // every agreement is now computed on the new day …
    expect(dirtyCount()).toBe(0); // … without marking any of them dirty
  });

  it('after a lifecycle rule change rewrites only the alert whose explanation changed, in place; its acknowledgement stays', async () => {
    const notice = `notice:${id}:2026-09-30:7`;
    expect(
      (
        await t.agent
          .post('/api/alerts/acknowledge')
          .set(t.headers)
          .send({ keys: [notice] })
      ).status,
    ).toBe(200);
    const before = stored();
    expect(before.has(notice)).toBe(true);
    // The new rule adds a sentence to this one alert; everything else comes out as before.
    const rules = lifecycleAlertSource.compute;
    vi.spyOn(lifecycleAlertSource, 'compute').mockImplementation((db, subjects, on) =>
      rules(db, subjects, on).map((a) => (a.key === notice ? { ...a, explanation: [...a.explanation, { kind: 'message', nl: 'Nieuwe regel', en: 'New rule' }] } : a)),
    );
    const current = signature.get();
    signature.set(current.replace(/lifecycle@\d+/, 'lifecycle@0'));
    const result = refreshDerived(t.deps, { on: day, onlyStale: true });
    expect(result.alerts).toEqual({ agreements: result.checked, alerts: 1 });
    expect(signature.get()).toBe(current);
    const after = stored();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [key, row] of after) {
      if (key === notice) {
        expect(row).toMatchObject({ rowid: before.get(key)!.rowid, sort_key: before.get(key)!.sort_key });
        expect(JSON.parse(row.explanation)).toEqual([...JSON.parse(before.get(key)!.explanation), { kind: 'message', nl: 'Nieuwe regel', en: 'New rule' }]);
      } else {
        expect(row).toEqual(before.get(key));
      }
    }
    const acknowledged = (await t.agent.get('/api/alerts').query({ state: 'acknowledged' })).body.items as AlertItem[];
    expect(acknowledged).toEqual([expect.objectContaining({ key: notice, acknowledgedAt: expect.any(String) })]);
    expect(acknowledged[0]!.explanation).toContainEqual({ kind: 'message', nl: 'Nieuwe regel', en: 'New rule' });
  });

  it('rewrites nothing when the rules change but no alert does, and takes back the text of rules taken back', () => {
    const before = stored();
    const current = signature.get();
    signature.set(current.replace(/lifecycle@\d+/, 'lifecycle@0'));
    const result = refreshDerived(t.deps, { on: day, onlyStale: true });
    expect(result.alerts.alerts).toBe(1); // the sentence of the previous test's rule is gone again …
    const notice = `notice:${id}:2026-09-30:7`;
    expect(JSON.parse(stored().get(notice)!.explanation)).not.toContainEqual(expect.objectContaining({ kind: 'message' }));
    signature.set(current.replace(/lifecycle@\d+/, 'lifecycle@0'));
    expect(refreshDerived(t.deps, { on: day, onlyStale: true }).alerts.alerts).toBe(0); // … and now nothing changes
    expect(stored().get(notice)!.rowid).toBe(before.get(notice)!.rowid);
  });

  it('on a new day re-runs only the day-dependent source, and stores the day without marking anything dirty', () => {
    const chain = vi.spyOn(chainAlertSource, 'compute');
    const lifecycle = vi.spyOn(lifecycleAlertSource, 'compute');
    day = '2026-09-25';
    const result = refreshDerived(t.deps, { on: day, onlyStale: true });
    expect(lifecycle).toHaveBeenCalled();
    expect(chain).not.toHaveBeenCalled();
    expect(result.updated).toBe(result.checked);
    expect(t.deps.db.$client.prepare('select count(*) from agreements where computed_on is not ?').pluck().get(day)).toBe(0);
    expect(dirtyCount()).toBe(0);
    // The same day again: nothing left to do.
    expect(refreshDerived(t.deps, { on: day, onlyStale: true })).toMatchObject({ checked: 0, updated: 0 });
  });
});
