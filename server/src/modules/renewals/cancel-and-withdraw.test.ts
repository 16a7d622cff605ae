import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { refreshDerived } from '../alerts/refresh-derived.ts';
import { movableClock, type MovableClock } from '../reminder-rules/reminders.testing.ts';

// 1 June 2026: the yearly agreement below (3 months' notice) has its deadline on 30 September.
let t: TestApp;
let clock: MovableClock;
beforeEach(async () => {
  clock = movableClock('2026-06-01');
  t = await createTestApp({ clock });
});
afterEach(() => t.close());

const post = (path: string, body?: object) => t.agent.post(path).set(t.headers).send(body);
const get = (path: string) => t.agent.get(path);
const auditActions = (entityType: string, id: number) =>
  (t.deps.db.$client.prepare('select action from audit_events where entity_type = ? and entity_id = ? order by id').all(entityType, String(id)) as { action: string }[]).map(
    (r) => r.action,
  );

async function create(fields: Record<string, unknown> = {}): Promise<number> {
  const res = await post('/api/agreements', {
    type: 'service',
    title: 'Onderhoud meldkamersoftware',
    startDate: '2024-01-01',
    endDate: '2026-12-31',
    termKind: 'fixed',
    noticePeriod: { value: 3, unit: 'month' },
    tacitRenewal: true,
    renewalPeriod: { value: 1, unit: 'year' },
    ...fields,
  });
  expect(res.status).toBe(201);
  return res.body.id as number;
}

describe('cancelling a renewal', () => {
  it('puts the agreement back as it was, archives and unlinks the draft, audited', async () => {
    const id = await create();
    const before = (await get(`/api/agreements/${id}`)).body;
    const { successor } = (await post(`/api/agreements/${id}/renewal`)).body;
    expect((await post(`/api/agreements/${id}/renewal/decision`, { decision: 'renegotiate' })).status).toBe(200);

    const res = await post(`/api/agreements/${id}/renewal/cancel`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ workflowState: 'active', decision: null, status: before.status, noticeDeadline: '2026-09-30', relations: [] });
    const draft = (await get(`/api/agreements/${successor.id}`)).body;
    expect(draft).toMatchObject({ archived: true, workflowState: 'draft', relations: [] });
    expect(auditActions('agreement', id)).toEqual(['create', 'start_renewal', 'record_decision', 'cancel_renewal']);
    expect(auditActions('agreement', successor.id)).toEqual(['create_successor', 'renewal_cancelled']);
    // A new renewal can start again.
    expect((await post(`/api/agreements/${id}/renewal`)).status).toBe(201);
  });

  it('is refused when no renewal is under way', async () => {
    const id = await create();
    const res = await post(`/api/agreements/${id}/renewal/cancel`);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'invalid_transition', refusal: 'not_in_renewal' });
    const viewer = await t.signIn({ role: 'viewer' });
    expect((await viewer.agent.post(`/api/agreements/${id}/renewal/cancel`).set(viewer.headers).send()).status).toBe(403);
  });
});

describe('giving notice and withdrawing it', () => {
  it('keeps the agreement in force until the last day, then it has ended', async () => {
    const id = await create();
    const given = await post(`/api/agreements/${id}/terminate`, { noticeGivenDate: '2026-05-15' });
    expect(given.body).toMatchObject({ workflowState: 'terminated', status: 'active', terminationDate: '2026-12-31' });
    // The daily refresh moves the stored status on.
    const moveTo = async (day: string) => {
      clock.set(day);
      refreshDerived(t.deps);
      Object.assign(t, await t.signIn());
    };
    await moveTo('2026-12-31');
    expect((await get(`/api/agreements/${id}`)).body).toMatchObject({ status: 'active' });
    await moveTo('2027-01-01');
    expect((await get(`/api/agreements/${id}`)).body).toMatchObject({ status: 'terminated' });
    const late = await post(`/api/agreements/${id}/notice/withdraw`);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ refusal: 'notice_took_effect' });
  });

  it('withdraws recorded notice: active again with its notice deadline, audited', async () => {
    const id = await create();
    await post(`/api/agreements/${id}/terminate`, { noticeGivenDate: '2026-05-15' });
    const res = await post(`/api/agreements/${id}/notice/withdraw`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ workflowState: 'active', status: 'expiring', decision: null, noticeGivenDate: null, terminationDate: null, noticeDeadline: '2026-09-30' });
    expect(auditActions('agreement', id)).toEqual(['create', 'terminate', 'withdraw_notice']);
    const again = await post(`/api/agreements/${id}/notice/withdraw`);
    expect(again.body).toMatchObject({ code: 'invalid_transition', refusal: 'no_notice' });
  });

  it('returns to the renewal when notice was given during one', async () => {
    const id = await create();
    const { successor } = (await post(`/api/agreements/${id}/renewal`)).body;
    await post(`/api/agreements/${id}/renewal/decision`, { decision: 'terminate', noticeGivenDate: '2026-05-15' });
    const res = await post(`/api/agreements/${id}/notice/withdraw`);
    expect(res.body).toMatchObject({ workflowState: 'in_renewal', decision: null, noticeDeadline: '2026-09-30' });
    expect((await post(`/api/agreements/${successor.id}/activate`)).status).toBe(200);
  });
});
