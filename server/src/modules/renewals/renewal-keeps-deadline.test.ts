import supertest from 'supertest';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { getOutboxMessage, listOutbox } from '../outbox/outbox.service.ts';
import { patchAgreement, RTR_PROCESSOR } from '../reminder-rules/reminders.testing.ts';

/*
 * Issue 19, item 2: starting a renewal decides nothing. On 10 September the
 * RTR processor agreement's notice deadline (30 September) is 20 days away:
 * after "Verlenging starten" the reminder run must still queue it, the owner's
 * calendar feed must still carry it and the alert must stay, all saying that a
 * decision is due. Only a recorded decision stops them.
 */

let t: TestApp;
let id: number;

beforeEach(async () => {
  t = await createTestApp({ today: '2026-09-10', env: { PUBLIC_URL: 'http://akkoord.test' } });
  const p = await patchAgreement(t, RTR_PROCESSOR, {
    startDate: '2023-01-01',
    endDate: '2026-12-31',
    tacitRenewal: true,
    renewalPeriod: { value: 1, unit: 'year' },
    noticePeriod: { value: 3, unit: 'month' },
    ownerName: 'Beheerder',
    ownerEmail: 'admin@akkoord.test',
  });
  expect(p.noticeDeadline).toBe('2026-09-30');
  id = p.id;
});
afterEach(() => t.close());

const post = (path: string, body?: object) => t.agent.post(path).set(t.headers).send(body);

async function runReminders() {
  const res = await post('/api/reminders/run', { on: '2026-09-10' });
  expect(res.status).toBe(200);
  return res.body as { queued: { byKind: Record<string, number>; skipped: { handled: number } } };
}

function noticeItemsFor(agreementId: number) {
  return listOutbox(t.deps, { limit: 100 }).items.flatMap((m) => {
    const message = getOutboxMessage(t.deps, m.id);
    return message.items.filter((i) => i.agreementId === agreementId && i.kind === 'notice_deadline').map((i) => ({ ...i, text: message.text }));
  });
}

async function feed(): Promise<string> {
  const me = await t.agent.get('/api/me/calendar');
  const res = await supertest(t.app).get(new URL(me.body.url as string).pathname);
  expect(res.status).toBe(200);
  return res.text.replace(/\r\n[ \t]/g, '');
}

async function noticeAlerts() {
  const res = await t.agent.get(`/api/alerts?agreement=${id}&kind=notice_deadline`);
  expect(res.status).toBe(200);
  return res.body.items as { key: string; dueDate: string; explanation: { kind: string; nl?: string }[] }[];
}

describe('a started renewal keeps the notice deadline until a decision is recorded', () => {
  test('the reminder run still queues the notice reminder, worded for the renewal', async () => {
    expect((await post(`/api/agreements/${id}/renewal`)).status).toBe(201);
    const run = await runReminders();
    expect(run.queued.byKind.notice_deadline).toBeGreaterThanOrEqual(1);
    const items = noticeItemsFor(id);
    expect(items.map((i) => [i.deadlineDay, i.offsetDays])).toEqual([['2026-09-30', 30]]);
    expect(items[0]!.text).toContain('Verlenging gestart — besluit vóór 30-09-2026');
  });

  test('the owner’s calendar feed still has the deadline, and the alert stays', async () => {
    expect((await post(`/api/agreements/${id}/renewal`)).status).toBe(201);
    const ics = await feed();
    expect(ics).toContain(`UID:akkoord-${id}-notice_deadline@akkoord.test`);
    expect(ics).toMatch(/SUMMARY:Verlenging gestart — besluit vóór 30-09-2026: Verwerkersovereenkomst politie en VRT \(RTR\)/);
    const [alert] = await noticeAlerts();
    expect(alert).toMatchObject({ dueDate: '2026-09-30' });
    expect(alert!.explanation[0]).toMatchObject({ kind: 'message', nl: 'Verlenging gestart — besluit vóór 30-09-2026' });
  });

  test('a recorded decision stops reminders, feed event and alert; cancelling the renewal brings them back', async () => {
    expect((await post(`/api/agreements/${id}/renewal`)).status).toBe(201);
    expect((await post(`/api/agreements/${id}/renewal/decision`, { decision: 'renew' })).status).toBe(200);
    const run = await runReminders();
    expect(run.queued.byKind.notice_deadline).toBe(0);
    expect(run.queued.skipped.handled).toBeGreaterThanOrEqual(1);
    expect(await feed()).not.toContain(`UID:akkoord-${id}-notice_deadline@`);
    expect(await noticeAlerts()).toEqual([]);

    expect((await post(`/api/agreements/${id}/renewal/cancel`)).status).toBe(200);
    expect(await feed()).toMatch(new RegExp(`UID:akkoord-${id}-notice_deadline@`));
    const [alert] = await noticeAlerts();
    expect(alert!.explanation[0]!.kind).not.toBe('message');
    expect((await runReminders()).queued.byKind.notice_deadline).toBeGreaterThanOrEqual(1);
  });
});
