import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { agreements } from '../../db/schema/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { getOutboxMessage, listOutbox } from '../outbox/outbox.service.ts';
import { giveTwenteDates, movableClock, patchAgreement, RTR_DVO_RJ, RTR_PROCESSOR, type MovableClock } from './reminders.testing.ts';
import { runReminders } from '../outbox/run-reminders.ts';
import { startSmtpSink, type SmtpSink } from '../outbox/smtp-sink.testing.ts';
import { closeTransports } from '../outbox/smtp-transport.ts';

let sink: SmtpSink;
let t: TestApp;
let clock: MovableClock;
let ids: { processor: number; zvht: number; ivz: number };

beforeEach(async () => {
  sink = await startSmtpSink();
  clock = movableClock('2026-09-23');
  t = await createTestApp({ clock, env: { SMTP_URL: sink.url, PUBLIC_URL: 'http://akkoord.test' } });
  ids = await giveTwenteDates(t);
});

afterEach(async () => {
  closeTransports();
  await sink.close();
  t.close();
});

/** The job as the daily schedule runs it (optionally as of another day). */
const run = (on?: string) => runReminders(t.deps, { ...(on ? { on } : {}), trigger: 'schedule' });

/** Moves the calendar on; sessions do not survive days of idling, so sign in again. */
async function moveTo(day: string): Promise<void> {
  clock.set(day);
  Object.assign(t, await t.signIn());
}
const to = (m: SmtpSink['messages'][number]) => (m.to && 'text' in m.to ? m.to.text : '');
const mailsTo = (address: string) => sink.messages.filter((m) => to(m) === address);

/** Reminder items of every outbox message (agreement, kind, day, offset). */
async function outboxItems(): Promise<{ to: string; agreementId: number; kind: string; deadlineDay: string; offsetDays: number; isEscalation: boolean }[]> {
  const list = listOutbox(t.deps, { limit: 500 });
  return list.items.flatMap((m) => getOutboxMessage(t.deps, m.id).items.map((i) => ({ to: m.to, ...i })));
}

describe('what is due', () => {
  test('after missed days only the current window is sent (catch-up without a stack of stale reminders)', async () => {
    await run();
    const items = (await outboxItems()).filter((i) => i.to === 'juridisch@vrt.nl');
    expect(items.map((i) => [i.kind, i.offsetDays]).sort()).toEqual([
      ['notice_deadline', 7],
      ['review', 7],
      ['term_end', 90],
    ]);
  });

  test('the next window brings the next reminder; nothing in between', async () => {
    await run();
    for (const day of ['2026-09-24', '2026-09-25', '2026-09-26', '2026-09-27', '2026-09-28']) {
      await moveTo(day);
      expect((await run()).queued.reminders).toBe(0);
    }
    await moveTo('2026-09-29');
    const r = await run();
    expect(r.queued.byKind).toEqual({ notice_deadline: 2, term_end: 0, review: 0 });
    const last = mailsTo('juridisch@vrt.nl').at(-1)!;
    expect(last.text).toContain('OPZEGDATUM 30-09-2026 (morgen)');
    // The notice deadline has passed: no more about it; the term end of ZVHT reaches its 30-day window.
    await moveTo('2026-10-01');
    expect((await run()).queued.byKind).toEqual({ notice_deadline: 0, term_end: 1, review: 0 });
  });

  test('a changed date yields reminders for the new deadline (the day after, the day’s digest having gone)', async () => {
    await run();
    const changed = await patchAgreement(t, RTR_PROCESSOR, { endDate: '2027-03-31' });
    expect(changed.noticeDeadline).toBe('2026-12-31');
    const same = await run();
    // New reminder (window 180 for 31-12) is queued now but waits for tomorrow's digest: one e-mail per day.
    expect(same.queued).toMatchObject({ reminders: 1, messages: 0 });
    expect(same.delivery.pending).toBe(0);
    expect(same.delivery.sent).toBe(0);
    await moveTo('2026-09-24');
    const next = await run();
    expect(next.queued.messages).toBe(1);
    const mail = mailsTo('juridisch@vrt.nl').at(-1)!;
    expect(mail.subject).toBe('Herinnering: opzegdatum 31-12-2026 – Verwerkersovereenkomst politie en VRT (RTR)');
    expect(mail.text).toContain('OPZEGDATUM 31-12-2026 (nog 98 dagen)');
  });

  test('a late change whose deadline is tomorrow does not wait: a same-day supplement', async () => {
    await run();
    const rj = await patchAgreement(t, RTR_DVO_RJ, {
      startDate: '2024-01-01',
      endDate: '2026-12-24',
      tacitRenewal: true,
      renewalPeriod: { value: 1, unit: 'year' },
      noticePeriod: { value: 3, unit: 'month' },
      ownerEmail: 'juridisch@vrt.nl',
    });
    expect(rj.noticeDeadline).toBe('2026-09-24');
    const r = await run();
    expect(r.queued.messages).toBe(1);
    const supplement = mailsTo('juridisch@vrt.nl').at(-1)!;
    expect(supplement.subject).toContain('(aanvulling)');
    expect(supplement.text).toContain('Dit is een aanvulling op de herinnering van vandaag');
  });
});

describe('stop when acknowledged or handled', () => {
  test('an acknowledged deadline gets no reminders and no escalation; other dates continue', async () => {
    await moveTo('2026-09-16');
    const ack = await t.agent.post(`/api/agreements/${ids.processor}/acknowledgements`).set(t.headers).send({ kind: 'notice_deadline', deadlineDay: '2026-09-30' });
    expect(ack.status).toBe(200);
    expect(ack.body[0]).toMatchObject({ kind: 'notice_deadline', deadlineDay: '2026-09-30', acknowledgedBy: 'admin@akkoord.test' });
    const r = await run();
    expect(r.queued.skipped.acknowledged).toBe(1);
    expect(r.queued.byKind.notice_deadline).toBe(0);
    expect(r.queued.byKind.review).toBe(1);
    expect(mailsTo('plaatsvervanger@vrt.nl')).toHaveLength(0);
  });

  test('acknowledging the alert on the alerts page counts too; a snooze holds only that user', async () => {
    const admin = t.user.id;
    const analyst = await t.signIn({ role: 'viewer', email: 'analyst@vrt.nl' });
    await analyst.agent.post(`/api/agreements/${ids.ivz}/followers`).set(analyst.headers).send({});
    const insert = t.deps.db.$client.prepare('insert into alert_states (user_id, alert_key, acknowledged_at, snoozed_until, updated_at) values (?, ?, ?, ?, ?)');
    insert.run(admin, `notice:${ids.processor}:2026-09-30:7`, '2026-09-22T08:00:00Z', null, '2026-09-22T08:00:00Z');
    insert.run(analyst.user.id, `review:${ids.ivz}:2026-09-30:due`, null, '2026-09-28', '2026-09-22T08:00:00Z');
    const r = await run();
    expect(r.queued.skipped.acknowledged).toBe(1);
    expect(r.queued.byKind.notice_deadline).toBe(0);
    expect(mailsTo('analyst@vrt.nl')).toHaveLength(0);
    expect(mailsTo('juridisch@vrt.nl')[0]!.text).toContain('EVALUATIEMOMENT 30-09-2026');
  });

  test('notice recorded, renewal decided or ended: no reminders for what is handled', async () => {
    t.deps.db.update(agreements).set({ noticeGivenDate: '2026-09-01' }).where(eq(agreements.id, ids.processor)).run();
    t.deps.db.update(agreements).set({ workflowState: 'in_renewal', decision: 'renew' }).where(eq(agreements.id, ids.zvht)).run();
    t.deps.db.update(agreements).set({ workflowState: 'terminated' }).where(eq(agreements.id, ids.ivz)).run();
    const r = await run();
    expect(r.queued.byKind).toEqual({ notice_deadline: 0, term_end: 0, review: 0 });
    expect(r.queued.skipped.handled).toBeGreaterThanOrEqual(1);
    expect(sink.accepted).toBe(0);
  });
});

describe('escalation', () => {
  test('no deputy: the collaboration team address, saying so; not before the threshold', async () => {
    await patchAgreement(t, RTR_PROCESSOR, { deputyEmail: null });
    const team = await t.agent.put('/api/collaborations/rtr/team-address').set(t.headers).send({ email: 'RTR-team@vrt.nl' });
    expect(team.body).toMatchObject({ collaborationCode: 'RTR', email: 'rtr-team@vrt.nl' });
    await moveTo('2026-09-15');
    await run();
    expect(mailsTo('rtr-team@vrt.nl')).toHaveLength(0);
    await moveTo('2026-09-16');
    await run();
    const [mail] = mailsTo('rtr-team@vrt.nl');
    expect(mail!.subject).toMatch(/^\[Escalatie\] Herinnering: opzegdatum 30-09-2026/);
    expect(mail!.text).toContain('U ontvangt dit als: teamadres van RTR.');
    expect(mail!.text).toContain('deze opzegdatum valt binnen 14 dagen');
  });

  test('the threshold is configurable globally (0 = never)', async () => {
    const res = await t.agent.patch('/api/reminders/rules').set(t.headers).send({ escalationDays: 0 });
    expect(res.body).toEqual({ noticeOffsets: [180, 90, 30, 7, 1], termEndOffsets: [90, 30, 7], reviewOffsets: [30, 7], escalationDays: 0 });
    await run();
    expect(mailsTo('plaatsvervanger@vrt.nl')).toHaveLength(0);
  });
});

describe('rules per agreement', () => {
  test('own offsets win over alertLeadDays and the global rules; muted means nothing', async () => {
    await patchAgreement(t, RTR_PROCESSOR, { alertLeadDays: [60, 20] });
    let rule = await t.agent.get(`/api/agreements/${ids.processor}/reminder-rule`);
    expect(rule.body.effective.noticeOffsets).toEqual([60, 20]);
    rule = await t.agent
      .patch(`/api/agreements/${ids.processor}/reminder-rule`)
      .set(t.headers)
      .send({ noticeOffsets: [3, 10, 10] });
    expect(rule.body).toMatchObject({ noticeOffsets: [10, 3], effective: { noticeOffsets: [10, 3], termEndOffsets: [90, 30, 7] } });
    await run();
    const items = await outboxItems();
    expect(items.find((i) => i.kind === 'notice_deadline' && i.to === 'juridisch@vrt.nl')!.offsetDays).toBe(10);

    await t.agent.patch(`/api/agreements/${ids.zvht}/reminder-rule`).set(t.headers).send({ muted: true });
    await moveTo('2026-10-24');
    const r = await run();
    expect(r.queued.byKind.term_end).toBe(0);
    expect(r.queued.skipped.muted).toBe(1);
  });
});

describe('calendar days, whatever the clock does', () => {
  test('deadlines on DST changes count whole calendar days', async () => {
    // 25-10-2026: clocks go back; 29-03-2026: clocks go forward.
    const autumn = await patchAgreement(t, RTR_PROCESSOR, { endDate: '2027-01-25' });
    expect(autumn.noticeDeadline).toBe('2026-10-25');
    await moveTo('2026-10-18');
    await run();
    expect(mailsTo('juridisch@vrt.nl').at(-1)!.text).toContain('OPZEGDATUM 25-10-2026 (nog 7 dagen)');
    await moveTo('2026-10-24');
    await run();
    expect(mailsTo('juridisch@vrt.nl').at(-1)!.text).toContain('OPZEGDATUM 25-10-2026 (morgen)');

    const spring = await patchAgreement(t, RTR_PROCESSOR, { startDate: '2024-01-01', endDate: '2026-06-29' });
    expect(spring.noticeDeadline).toBe('2027-03-29');
    await run('2026-03-28');
    expect(mailsTo('juridisch@vrt.nl').at(-1)!.text).toContain('OPZEGDATUM 29-03-2026 (morgen)');
  });

  test('end-of-month deadlines: 30 June − 3 months = 31 March; 31 May − 3 months = 28/29 February', async () => {
    const march = await patchAgreement(t, RTR_PROCESSOR, { startDate: '2024-01-01', endDate: '2026-06-30' });
    // Today (October 2026) the term has renewed; as of February 2026 the deadline is 31-03-2026.
    expect(march.noticeDeadline).toBe('2027-03-31');
    // 30 days before 31 March is 1 March (February has 28 days).
    let r = await run('2026-02-28');
    expect(r.queued.byKind.notice_deadline).toBe(1);
    const feb = (await outboxItems()).find((i) => i.deadlineDay === '2026-03-31')!;
    expect(feb.offsetDays).toBe(90);
    await run('2026-03-01');
    expect((await outboxItems()).filter((i) => i.deadlineDay === '2026-03-31').map((i) => i.offsetDays)).toContain(30);

    const leap = await patchAgreement(t, RTR_PROCESSOR, { startDate: '2025-06-01', endDate: '2028-05-31', tacitRenewal: false });
    expect(leap.noticeDeadline).toBeNull();
    await patchAgreement(t, RTR_PROCESSOR, { tacitRenewal: true });
    const agreement = await t.agent.get(`/api/agreements/${ids.processor}`);
    expect(agreement.body.noticeDeadline).toBe('2028-02-29');
    r = await run('2028-02-28');
    expect(r.queued.byKind.notice_deadline).toBeGreaterThan(0);
    expect(mailsTo('juridisch@vrt.nl').at(-1)!.text).toContain('OPZEGDATUM 29-02-2028 (morgen)');
  });
});
