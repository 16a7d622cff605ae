import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { updateUserRow } from '../accounts/users.repo.ts';
import { giveTwenteDates, IVZ_BO, RTR_PROCESSOR, ZVHT_DVO } from '../reminder-rules/reminders.testing.ts';
import { startSmtpSink, type SmtpSink } from '../outbox/smtp-sink.testing.ts';
import { closeTransports } from '../outbox/smtp-transport.ts';

let sink: SmtpSink;
let t: TestApp;

beforeEach(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ today: '2026-09-23', env: { SMTP_URL: sink.url, PUBLIC_URL: 'http://akkoord.test', SMTP_FROM: 'Akkoord VRT <akkoord@vrt.nl>' } });
});

afterEach(async () => {
  closeTransports();
  await sink.close();
  t.close();
});

describe('the daily digest for the Twente register on 23 September 2026', () => {
  test('one e-mail to the owner with every due date, most urgent first, explained, with links', async () => {
    const ids = await giveTwenteDates(t);
    const run = await t.agent.post('/api/reminders/run').set(t.headers).send({});
    expect(run.status).toBe(200);
    // Owner: three dates. Deputy: the notice deadline, 7 days away and unacknowledged (escalation at 14 days).
    expect(run.body.queued).toMatchObject({ reminders: 4, messages: 2, byKind: { notice_deadline: 2, term_end: 1, review: 1 } });
    expect(run.body.delivery).toMatchObject({ smtpConfigured: true, sent: 2, failed: 0, pending: 0 });

    expect(sink.messages).toHaveLength(2);
    const to = (m: (typeof sink.messages)[number]) => (m.to && 'text' in m.to ? m.to.text : '');
    const mail = sink.messages.find((m) => to(m) === 'juridisch@vrt.nl')!;
    const deputy = sink.messages.find((m) => to(m) === 'plaatsvervanger@vrt.nl')!;
    expect(deputy.subject).toBe('[Escalatie] Herinnering: opzegdatum 30-09-2026 – Verwerkersovereenkomst politie en VRT (RTR)');
    expect(deputy.text).toContain(
      'Escalatie: deze opzegdatum valt binnen 14 dagen en niemand heeft haar bevestigd. Daarom krijgt u deze herinnering ook, naast de eigenaar (Juridische zaken VRT).',
    );
    expect(deputy.text).toContain('U ontvangt dit als: plaatsvervanger van de eigenaar.');
    expect(mail.text).toContain('Escalatie: deze opzegdatum valt binnen 14 dagen en niemand heeft haar bevestigd; plaatsvervanger@vrt.nl krijgt deze herinnering daarom ook.');
    expect(mail.from?.value[0]).toMatchObject({ name: 'Akkoord VRT', address: 'akkoord@vrt.nl' });
    expect(mail.subject).toBe('Akkoord: 3 herinneringen, eerst opzegdatum 30-09-2026');
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@vrt\.nl>$/);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');

    const text = mail.text ?? '';
    // Most urgent first: the notice deadline and the review are both on 30-09, the notice deadline leads; the term end follows.
    const order = [
      text.indexOf('1. OPZEGDATUM 30-09-2026 (nog 7 dagen)'),
      text.indexOf('2. EVALUATIEMOMENT 30-09-2026 (nog 7 dagen)'),
      text.indexOf('3. EINDE LOOPTIJD 31-10-2026 (nog 38 dagen)'),
    ];
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain(RTR_PROCESSOR);
    expect(text).toContain(ZVHT_DVO);
    expect(text).toContain(IVZ_BO);
    // The lifecycle engine's explanation, rendered in Dutch.
    expect(text).toContain('opzegdatum 30-09-2026 = einde looptijd 31-12-2026 − opzegtermijn 3 maanden');
    expect(text).toContain('Wat te doen: Besluit vóór deze datum of de overeenkomst moet doorlopen.');
    expect(text).toContain(`Openen in Akkoord: http://akkoord.test/agreements/${ids.processor}`);
    expect(text).toContain(`http://akkoord.test/agreements/${ids.zvht}`);
    expect(text).toContain(`http://akkoord.test/agreements/${ids.ivz}`);
    expect(text).toContain('U ontvangt dit als: eigenaar van de overeenkomst.');

    // HTML that Outlook renders: table layout, inline styles, no classes or external resources.
    const html = typeof mail.html === 'string' ? mail.html : '';
    expect(html).toContain('<table role="presentation"');
    expect(html).toContain(`href="http://akkoord.test/agreements/${ids.processor}"`);
    expect(html).toContain('opzegdatum 30-09-2026 = einde looptijd 31-12-2026 − opzegtermijn 3 maanden');
    expect(html).not.toMatch(/class=|<style|<script|<link|src="http/);
    expect(html.indexOf('Verwerkersovereenkomst')).toBeLessThan(html.indexOf('Bestuursovereenkomst Platform IVZ'));

    // The outbox shows the message exactly as it went out.
    const list = await t.agent.get('/api/outbox?status=sent');
    expect(list.body).toMatchObject({ total: 2, nextCursor: null });
    const ownerRow = list.body.items.find((m: { to: string }) => m.to === 'juridisch@vrt.nl');
    const one = await t.agent.get(`/api/outbox/${ownerRow.id}`);
    expect(one.body.text).toBe(text.replace(/\n$/, '') + (one.body.text.endsWith('\n') ? '\n' : ''));
    expect(one.body.messageId).toBe(mail.messageId);
    expect(one.body.smtpResponse).toMatch(/^250/);
    expect(one.body.items.map((i: { kind: string }) => i.kind)).toEqual(['notice_deadline', 'review', 'term_end']);
    const preview = await t.agent.get(`/api/outbox/${ownerRow.id}/preview`);
    expect(preview.headers['content-type']).toMatch(/^text\/html/);
    expect(preview.headers['content-security-policy']).toContain('sandbox');
  });

  test('followers get their own digest: an English-speaking user, a team mailbox without an account, a collaboration follower', async () => {
    const ids = await giveTwenteDates(t);
    const en = await t.signIn({ role: 'manager', email: 'analyst@vrt.nl' });
    updateUserRow(t.deps.db, en.user.id, { locale: 'en' });
    expect((await en.agent.post(`/api/agreements/${ids.processor}/followers`).set(en.headers).send({})).status).toBe(200);
    const mailbox = await t.agent.post(`/api/agreements/${ids.processor}/followers`).set(t.headers).send({ email: 'Juridische.Zaken@vrt.nl', label: 'Juridische zaken' });
    expect(mailbox.status).toBe(200);
    expect(mailbox.body.followers.map((f: { email: string }) => f.email)).toEqual(['analyst@vrt.nl', 'juridische.zaken@vrt.nl']);
    // A manager may follow for themselves but cannot sign up someone else; a viewer only reads.
    const viewer = await t.signIn({ role: 'viewer', email: 'lezer@vrt.nl' });
    expect((await viewer.agent.post(`/api/agreements/${ids.processor}/followers`).set(viewer.headers).send({})).status).toBe(403);
    expect((await en.agent.post(`/api/agreements/${ids.processor}/followers`).set(en.headers).send({ email: 'x@vrt.nl' })).status).toBe(403);
    expect((await t.agent.post('/api/collaborations/zvht/followers').set(t.headers).send({ email: 'zvht-team@vrt.nl' })).status).toBe(200);

    const run = await t.agent.post('/api/reminders/run').set(t.headers).send({});
    expect(run.body.delivery.sent).toBe(5);
    const byTo = new Map(sink.messages.map((m) => [m.to && 'text' in m.to ? m.to.text : '', m]));
    expect([...byTo.keys()].sort()).toEqual(['analyst@vrt.nl', 'juridisch@vrt.nl', 'juridische.zaken@vrt.nl', 'plaatsvervanger@vrt.nl', 'zvht-team@vrt.nl']);

    const english = byTo.get('analyst@vrt.nl')!;
    expect(english.subject).toBe('Reminder: notice deadline 30 September 2026 – Verwerkersovereenkomst politie en VRT (RTR)');
    expect(english.text).toContain('notice deadline 30 September 2026 = end of term 31 December 2026 − notice period 3 months');
    expect(english.text).toContain('You receive this as: follower of this agreement.');
    expect(byTo.get('juridische.zaken@vrt.nl')!.text).toContain('U ontvangt dit als: volger van deze overeenkomst.');
    const zvht = byTo.get('zvht-team@vrt.nl')!;
    expect(zvht.subject).toBe('Herinnering: einde looptijd 31-10-2026 – Dienstverleningsovereenkomst ZVHT');
    expect(zvht.text).toContain('volger van samenwerkingsverband ZVHT');
  });

  test('without SMTP nothing is lost: messages wait in the outbox, readable as they would arrive', async () => {
    const local = await createTestApp({ today: '2026-09-23', env: { PUBLIC_URL: 'http://akkoord.test' } });
    try {
      await giveTwenteDates(local);
      const run = await local.agent.post('/api/reminders/run').set(local.headers).send({});
      expect(run.body.delivery).toMatchObject({ smtpConfigured: false, sent: 0, pending: 2 });
      const list = await local.agent.get('/api/outbox?status=pending');
      expect(list.body.total).toBe(2);
      const owner = list.body.items.find((x: { to: string }) => x.to === 'juridisch@vrt.nl');
      const m = await local.agent.get(`/api/outbox/${owner.id}`);
      expect(m.body.text).toContain('1. OPZEGDATUM 30-09-2026');
      expect(m.body.html).toContain('<!DOCTYPE html>');
      const status = await local.agent.get('/api/reminders/status');
      expect(status.body).toMatchObject({ timeZone: 'Europe/Amsterdam', reminderTime: '07:00', smtp: { configured: false }, outbox: { pending: 2 } });
      expect(status.body.nextRunAt).toBe('2026-09-24T05:00:00.000Z');
      expect(status.body.lastRun).toMatchObject({ on: '2026-09-23', queued: 4, trigger: 'manual' });
      expect((await local.agent.get('/api/outbox?status=nonsense')).status).toBe(400);
    } finally {
      local.close();
    }
  });

  test('the outbox pages like the register and is for admins only', async () => {
    await giveTwenteDates(t);
    await t.agent.post('/api/agreements/1/followers').set(t.headers).send({ email: 'a@vrt.nl' });
    for (const email of ['b@vrt.nl', 'c@vrt.nl']) {
      const id = (await t.agent.get('/api/agreements?limit=500')).body.items.find((a: { title: string }) => a.title === RTR_PROCESSOR).id;
      await t.agent.post(`/api/agreements/${id}/followers`).set(t.headers).send({ email });
    }
    await t.agent.post('/api/reminders/run').set(t.headers).send({});
    // Owner, deputy, b and c (agreement 1 has no date due).
    const first = await t.agent.get('/api/outbox?limit=3');
    expect(first.body.total).toBe(4);
    expect(first.body.items).toHaveLength(3);
    const second = await t.agent.get(`/api/outbox?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(new Set([...first.body.items, ...second.body.items].map((m: { id: number }) => m.id)).size).toBe(4);
    expect(second.body.nextCursor).toBeNull();
    const legal = await t.signIn({ role: 'legal' });
    expect((await legal.agent.get('/api/outbox')).status).toBe(403);
    expect((await legal.agent.post('/api/reminders/run').set(legal.headers).send({})).status).toBe(403);
  });
});
