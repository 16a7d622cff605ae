import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { deliverOutbox } from './deliver-outbox.ts';
import { planReminders } from './plan-reminders.ts';
import { giveTwenteDates, movableClock, type MovableClock } from './reminders.testing.ts';
import { runReminders } from './run-reminders.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.testing.ts';
import { closeTransports } from './smtp-transport.ts';

// On 23 September 2026 the Twente dates of giveTwenteDates make two digests due (the owner's and a team mailbox's).
const DUE_DAY = '2026-09-23';

let sink: SmtpSink;
let t: TestApp;
let clock: MovableClock;

async function setUp(today: string, smtpUrl?: string) {
  clock = movableClock(today);
  t = await createTestApp({ clock, env: { ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}), PUBLIC_URL: 'http://akkoord.test' } });
  await giveTwenteDates(t);
}

/** Rows in every table a run writes to. */
function counts() {
  const n = (table: string) => (t.deps.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return { outbox: n('outbox_messages'), items: n('reminder_items'), attempts: n('outbox_attempts'), audit: n('audit_events'), settings: n('settings') };
}

beforeEach(async () => {
  sink = await startSmtpSink();
});

afterEach(async () => {
  closeTransports();
  await sink.close();
  t.close();
});

describe('planning reminders for another day is a preview', () => {
  test('shows recipients, subjects, agreements and dates, and writes nothing (both routes)', async () => {
    await setUp('2026-09-01', sink.url);
    const before = counts();
    const viaRun = await t.agent.post('/api/reminders/run').set(t.headers).send({ on: DUE_DAY });
    const viaPreview = await t.agent.get(`/api/reminders/preview?on=${DUE_DAY}`);
    expect(counts()).toEqual(before);
    expect(sink.accepted).toBe(0);
    for (const res of [viaRun, viaPreview]) {
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ on: DUE_DAY, dryRun: true, queued: { messages: 2 }, delivery: { sent: 0, pending: 0 } });
      expect(res.body.queued.reminders).toBeGreaterThanOrEqual(2);
      expect(res.body.preview).toHaveLength(2);
    }
    expect(viaPreview.body.preview).toEqual(viaRun.body.preview);
    const owner = viaPreview.body.preview.find((m: { to: string }) => m.to === 'juridisch@vrt.nl');
    expect(owner).toMatchObject({ locale: 'nl', sequence: 1, extendsMessageId: null });
    expect(owner.subject).toContain('opzegdatum 30-09-2026');
    expect(owner.reminders[0]).toMatchObject({ kind: 'notice_deadline', deadline: '2026-09-30', deadlineDay: '2026-09-30', reasons: ['owner'] });
    expect(owner.reminders[0].title).toEqual(expect.any(String));
  });

  test('answers exactly what the run on that day then queues (the same planning code)', async () => {
    await setUp('2026-09-01');
    const preview = (await t.agent.get(`/api/reminders/preview?on=${DUE_DAY}`)).body;
    clock.set(DUE_DAY);
    // Three weeks later the session has ended: a new sign-in.
    const admin = await t.signIn({ role: 'admin' });
    const run = (await admin.agent.post('/api/reminders/run').set(admin.headers).send({ on: DUE_DAY })).body;
    expect(run.dryRun).toBe(false);
    expect(run.preview).toBeNull();
    expect(run.queued).toEqual(preview.queued);
    const outbox = (await admin.agent.get('/api/outbox')).body.items as { to: string; subject: string }[];
    const shape = (list: { to: string; subject: string }[]) => list.map((m) => `${m.to} ${m.subject}`).sort();
    expect(shape(outbox)).toEqual(shape(preview.preview));
  });

  test("previews today too, and a preview after today's run shows it would add nothing", async () => {
    await setUp(DUE_DAY);
    const first = (await t.agent.get('/api/reminders/preview')).body;
    expect(first).toMatchObject({ on: DUE_DAY, dryRun: true, queued: { messages: 2 } });
    expect(counts().outbox).toBe(0);
    await t.agent.post('/api/reminders/run').set(t.headers).send({});
    const again = (await t.agent.get('/api/reminders/preview')).body;
    expect(again).toMatchObject({ dryRun: true, queued: { reminders: 0, messages: 0 }, preview: [], delivery: { pending: 2 } });
  });

  test('is for admins only, refuses a bad day naming the field, and is documented', async () => {
    await setUp('2026-09-01');
    const legal = await t.signIn({ role: 'legal' });
    expect((await legal.agent.get(`/api/reminders/preview?on=${DUE_DAY}`)).status).toBe(403);
    const bad = await t.agent.get('/api/reminders/preview?on=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['query.on']);
    const doc = (await t.agent.get('/api/openapi.json')).body;
    expect(doc.paths['/api/reminders/preview'].get).toBeDefined();
    expect(doc.paths['/api/outbox/{id}/cancel'].post).toBeDefined();
  });
});

describe('cancelling a queued message', () => {
  test('cancelled, with who and when, audited; the delivery run and later runs never send it', async () => {
    await setUp(DUE_DAY, sink.url);
    planReminders(t.deps, DUE_DAY);
    const queued = (await t.agent.get('/api/outbox?status=pending')).body.items as { id: number; to: string }[];
    expect(queued).toHaveLength(2);
    const [target, other] = queued as [{ id: number; to: string }, { id: number; to: string }];

    const res = await t.agent.post(`/api/outbox/${target.id}/cancel`).set(t.headers).send();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: target.id, status: 'cancelled', cancelled: { by: t.user.email, at: clock.now().toISOString() } });
    const audit = (await t.agent.get('/api/audit?entityType=outbox_message')).body.items as { action: string; entityId: string; actorLabel: string; before: { status: string } }[];
    expect(audit.find((e) => e.action === 'cancel')).toMatchObject({ entityId: String(target.id), actorLabel: t.user.email, before: { status: 'pending' } });

    await deliverOutbox(t.deps);
    expect(sink.accepted).toBe(1);
    const recipients = () => sink.messages.map((m) => (m.to && !Array.isArray(m.to) ? m.to.value[0]?.address : null));
    expect(recipients()).toEqual([other.to]);
    expect((await t.agent.get(`/api/outbox/${target.id}`)).body).toMatchObject({ status: 'cancelled', attempts: 0, sentAt: null });

    // Its reminders are not queued again, the same day or the next.
    await runReminders(t.deps, { trigger: 'schedule' });
    clock.set('2026-09-24');
    await runReminders(t.deps, { trigger: 'schedule' });
    expect(recipients().filter((to) => to === target.to)).toHaveLength(0);
    const admin = await t.signIn({ role: 'admin' });
    expect((await admin.agent.get('/api/reminders/status')).body.outbox).toMatchObject({ cancelled: 1 });
  });

  test('a sent, an already cancelled or an unknown message cannot be cancelled; only admins may', async () => {
    await setUp(DUE_DAY, sink.url);
    await runReminders(t.deps, { trigger: 'schedule' });
    const sent = (await t.agent.get('/api/outbox?status=sent')).body.items[0] as { id: number };
    const refused = await t.agent.post(`/api/outbox/${sent.id}/cancel`).set(t.headers).send();
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await t.agent.get(`/api/outbox/${sent.id}`)).body.status).toBe('sent');
    expect((await t.agent.post('/api/outbox/9999/cancel').set(t.headers).send()).status).toBe(404);

    clock.set('2026-09-29');
    planReminders(t.deps, '2026-09-29');
    const admin = await t.signIn({ role: 'admin' });
    const pending = (await admin.agent.get('/api/outbox?status=pending')).body.items[0] as { id: number };
    const legal = await t.signIn({ role: 'legal' });
    expect((await legal.agent.post(`/api/outbox/${pending.id}/cancel`).set(legal.headers).send()).status).toBe(403);
    expect((await admin.agent.post(`/api/outbox/${pending.id}/cancel`).set(admin.headers).send()).status).toBe(200);
    const again = await admin.agent.post(`/api/outbox/${pending.id}/cancel`).set(admin.headers).send();
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('Dit bericht is al geannuleerd');
  });
});
