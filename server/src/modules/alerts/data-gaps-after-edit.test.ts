import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusLabelOf } from '@akkoord/shared/lifecycle/status-label';
import type { AlertItem } from '@akkoord/shared/schemas/alert';
import { createTestApp, type TestApp } from '../../test/harness.ts';

/** Issue 19, item 6: the to-do list (data gaps) follows every edit; the register's words follow the engine. */
const TODAY = '2026-09-10';
let t: TestApp;
let orgs: number[];
beforeAll(async () => {
  t = await createTestApp({ today: TODAY });
  orgs = ((await t.agent.get('/api/organisations')).body as { id: number }[]).slice(0, 2).map((o) => o.id);
});
afterAll(() => t.close());

const gapsOf = async (id: number): Promise<string[]> => {
  const res = await t.agent.get('/api/alerts').query({ agreement: id, kind: 'data_gap', limit: 500 });
  expect(res.status).toBe(200);
  return (res.body.items as AlertItem[]).map((a) => a.key.split(':').pop()!);
};
const listed = async (id: number) => {
  const res = await t.agent.get('/api/agreements').query({ collaboration: 'RTR', limit: 500 });
  expect(res.status).toBe(200);
  return (res.body.items as { id: number; currentTermEnd: string | null; status: string }[]).find((a) => a.id === id)!;
};

describe('data gaps after an edit', () => {
  it('drops "end date or term missing" once the term is entered, in the alerts and the register', async () => {
    const created = await t.agent
      .post('/api/agreements')
      .set(t.headers)
      .send({
        type: 'service',
        title: 'DVO zonder einddatum',
        collaborationCode: 'RTR',
        startDate: '2025-01-01',
        termKind: 'fixed',
        noticePeriod: { value: 3, unit: 'month' },
        tacitRenewal: false,
        ownerName: 'J. Jansen',
        parties: [
          { organisationId: orgs[0], role: 'client' },
          { organisationId: orgs[1], role: 'provider' },
        ],
      });
    expect(created.status).toBe(201);
    const { id, version } = created.body as { id: number; version: number };
    expect(await gapsOf(id)).toEqual(['end_or_term']);
    expect((await listed(id)).currentTermEnd).toBeNull();

    const patched = await t.agent.patch(`/api/agreements/${id}`).set(t.headers).send({ version, initialTermMonths: 24 });
    expect(patched.status).toBe(200);
    expect(patched.body.currentTermEnd).toBe('2026-12-31');
    expect(await gapsOf(id)).toEqual([]);
    // The register page (read on a worker, cached until a commit) shows the new term too.
    expect((await listed(id)).currentTermEnd).toBe('2026-12-31');
  });

  it('labels a tacitly renewing agreement near its deadline as renewing, from the columns the register gives', async () => {
    const created = await t.agent
      .post('/api/agreements')
      .set(t.headers)
      .send({
        type: 'service',
        title: 'DVO stilzwijgend',
        collaborationCode: 'RTR',
        startDate: '2024-01-01',
        endDate: '2026-12-31',
        termKind: 'fixed',
        noticePeriod: { value: 3, unit: 'month' },
        tacitRenewal: true,
        renewalPeriod: { value: 1, unit: 'year' },
        ownerName: 'J. Jansen',
        parties: [{ organisationId: orgs[0], role: 'client' }],
      });
    expect(created.status).toBe(201);
    const a = created.body as { status: 'expiring'; tacitRenewal: boolean; noticeDeadline: string };
    expect(a.status).toBe('expiring');
    expect(a.noticeDeadline).toBe('2026-09-30');
    expect(statusLabelOf(a)).toBe('renews_unless_notice');
    const alerts = await t.agent.get('/api/alerts').query({ agreement: created.body.id, kind: 'notice_deadline' });
    expect((alerts.body.items as AlertItem[])[0]?.leadDays).toBe(30);
  });
});
