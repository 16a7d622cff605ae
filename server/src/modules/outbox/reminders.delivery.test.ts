import type { Transporter } from 'nodemailer';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openDatabase, closeDatabase } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { createLogger } from '../../lib/logger.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { deliverOutbox, INTERRUPTED_REASON } from './deliver-outbox.ts';
import { findAttempts, findMessage } from '../digests/outbox.repo.ts';
import { planReminders } from '../digests/plan-reminders.ts';
import { startReminderJob } from './reminder-job.ts';
import { giveTwenteDates, movableClock, type MovableClock } from '../reminder-rules/reminders.testing.ts';
import { runReminders } from './run-reminders.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.testing.ts';
import { closeTransports, getTransport } from './smtp-transport.ts';

let sink: SmtpSink;
let t: TestApp;
let clock: MovableClock;

async function setUp(smtpUrl?: string) {
  clock = movableClock('2026-09-23');
  t = await createTestApp({ clock, env: { ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}), PUBLIC_URL: 'http://akkoord.test' } });
  await giveTwenteDates(t);
}

/** A second server process on the same database file (a restart), running the real start-up hook. */
async function restart(): Promise<AppDeps & { stop(): Promise<void> }> {
  const db = openDatabase(t.deps.config.databaseFile);
  const deps: AppDeps = { db, config: t.deps.config, clock, logger: createLogger('silent') };
  const hook = await startReminderJob(deps);
  hook?.afterListen?.();
  return {
    ...deps,
    async stop() {
      if (hook && hook.stop) await hook.stop();
      closeDatabase(db);
    },
  };
}

beforeEach(async () => {
  sink = await startSmtpSink();
});

afterEach(async () => {
  closeTransports();
  await sink.close();
  t.close();
});

describe('never twice', () => {
  test('two runs on the same day queue and send nothing new', async () => {
    await setUp(sink.url);
    const first = await t.agent.post('/api/reminders/run').set(t.headers).send({});
    expect(first.body.delivery.sent).toBe(2);
    const second = await t.agent.post('/api/reminders/run').set(t.headers).send({});
    expect(second.body.queued).toMatchObject({ reminders: 0, messages: 0 });
    expect(second.body.delivery).toMatchObject({ sent: 0, pending: 0 });
    expect(sink.accepted).toBe(2);
  });

  test('a restart (start-up catch-up run) sends nothing already sent', async () => {
    await setUp(sink.url);
    await runReminders(t.deps, { trigger: 'schedule' });
    expect(sink.accepted).toBe(2);
    const proc = await restart();
    await proc.stop();
    expect(sink.accepted).toBe(2);
    // A restart the next day (a missed daily run) catches up on what became due: nothing new for these dates until the 1-day window.
    clock.set('2026-09-29');
    const next = await restart();
    await next.stop();
    const subjects = sink.messages.map((m) => m.subject);
    expect(subjects.filter((s) => s?.includes('opzegdatum 30-09-2026'))).toHaveLength(4);
    expect(sink.accepted).toBe(4);
  });

  test('a crash between sending and marking: the restart does not send again, and says so', async () => {
    await setUp(sink.url);
    planReminders(t.deps, '2026-09-23');
    const real = getTransport(t.deps.config)!;
    // The process dies right after the SMTP server accepted the message, before it could record that.
    const dying = {
      sendMail: async (m: Parameters<Transporter['sendMail']>[0]) => {
        await real.sendMail(m);
        await new Promise(() => undefined);
      },
    } as unknown as Transporter;
    void deliverOutbox(t.deps, { transport: dying, concurrency: 1 });
    await expect.poll(() => sink.accepted, { timeout: 5000 }).toBe(1);
    const delivered = sink.messages[0]!;

    const proc = await restart();
    await proc.stop();
    // The restart delivered the other message (never claimed) but not the interrupted one.
    expect(sink.accepted).toBe(2);
    expect(sink.messages.filter((m) => m.messageId === delivered.messageId)).toHaveLength(1);
    const stuck = findMessage(t.deps.db, 1)!;
    expect(stuck.status).toBe('failed');
    expect(stuck.lastError).toBe(INTERRUPTED_REASON);
    expect(stuck.messageIdHeader).toBe(delivered.messageId);
    expect(findAttempts(t.deps.db, 1).map((a) => a.outcome)).toEqual(['interrupted']);
    expect(findMessage(t.deps.db, 2)!.status).toBe('sent');
    // Another restart changes nothing.
    const again = await restart();
    await again.stop();
    expect(sink.accepted).toBe(2);
  });
});

describe('SMTP down: retries with back-off, then failed, never lost', () => {
  const delivery = { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 3600_000 };

  async function failThreeTimes(expectResponse: RegExp | null) {
    const run = await runReminders(t.deps, { trigger: 'schedule', delivery });
    expect(run.delivery).toMatchObject({ sent: 0, retrying: 2, failed: 0, pending: 2 });
    const m1 = findMessage(t.deps.db, 1)!;
    expect(m1).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: '2026-09-23T05:01:00.000Z' });
    // Not due yet: nothing is tried.
    expect(await deliverOutbox(t.deps, delivery)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    clock.advance(60_000);
    expect(await deliverOutbox(t.deps, delivery)).toEqual({ sent: 0, retrying: 2, failed: 0 });
    expect(findMessage(t.deps.db, 1)!.nextAttemptAt).toBe('2026-09-23T05:03:00.000Z');
    clock.advance(120_000);
    expect(await deliverOutbox(t.deps, delivery)).toEqual({ sent: 0, retrying: 0, failed: 2 });
    const failed = findMessage(t.deps.db, 1)!;
    expect(failed.status).toBe('failed');
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).toMatch(/opgegeven na 3 pogingen/);
    if (expectResponse) expect(failed.smtpResponse).toMatch(expectResponse);
    expect(failed.textBody).toContain('OPZEGDATUM 30-09-2026');
    expect(findAttempts(t.deps.db, 1).map((a) => a.outcome)).toEqual(['failed', 'failed', 'failed']);
    const list = await t.agent.get('/api/outbox?status=failed');
    expect(list.body.total).toBe(2);
    expect(list.body.items[0].lastError).toBeTruthy();
  }

  test('connection refused', async () => {
    const dead = await startSmtpSink();
    const url = dead.url;
    await dead.close();
    await setUp(url);
    await failThreeTimes(null);
    expect(findMessage(t.deps.db, 1)!.lastError).toMatch(/ECONNECTION|ECONNREFUSED/);
  });

  test('4xx (temporary) answers, then a resend once the server is back', async () => {
    await setUp(sink.url);
    sink.mode = 'temporary_failure';
    await failThreeTimes(/^451/);
    expect(sink.rejected).toBe(6);
    sink.mode = 'accept';
    const res = await t.agent.post('/api/outbox/1/resend').set(t.headers).send();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'sent', attempts: 1 });
    expect(res.body.attemptLog.map((a: { outcome: string }) => a.outcome)).toEqual(['failed', 'failed', 'failed', 'sent']);
    expect(sink.accepted).toBe(1);
    expect(sink.messages[0]!.messageId).toBe(res.body.messageId);
    // Only failed messages can be resent.
    expect((await t.agent.post('/api/outbox/1/resend').set(t.headers).send()).status).toBe(409);
  });

  test('5xx (permanent) answers', async () => {
    await setUp(sink.url);
    sink.mode = 'permanent_failure';
    await failThreeTimes(/^550/);
  });
});
