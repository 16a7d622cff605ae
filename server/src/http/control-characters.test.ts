/* eslint-disable no-control-regex -- the test looks for control characters */
import supertest from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { giveTwenteDates } from '../modules/reminder-rules/reminders.testing.ts';
import { startSmtpSink, type SmtpSink } from '../modules/outbox/smtp-sink.testing.ts';
import { closeTransports } from '../modules/outbox/smtp-transport.ts';

let t: TestApp | undefined;
let sink: SmtpSink | undefined;
afterEach(async () => {
  closeTransports();
  await sink?.close();
  sink = undefined;
  t?.close();
  t = undefined;
});

const FORGED = [
  'Titel\r\nBcc: iemand@elders.nl',
  'Titel\nDTSTART:19700101',
  'Ti\u0000tel',
  'Factuur \u202Efdp.exe',
  'Titel\u2066verborgen\u2069',
  'Ti\u0085tel',
  'Ti\u001btel',
  'Ti\ttel',
  'Ti\u2028tel',
];

describe('control characters (issue 15, item 10)', () => {
  it('are refused in one-line fields with a field error naming the field, and nothing is stored', async () => {
    t = await createTestApp({ role: 'admin' });
    const count = () => t!.deps.db.$client.prepare('select count(*) from agreements').pluck().get();
    const before = count();
    for (const bad of FORGED) {
      const res = await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: bad });
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expect(res.body.errors, JSON.stringify(bad)).toEqual([expect.objectContaining({ field: 'body.title', code: 'control_characters' })]);
    }
    expect(count()).toBe(before);
    const created = await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: 'Gewone titel', notes: 'Regel één\nRegel twee\r\n\tingesprongen' });
    expect(created.status).toBe(201);
    expect(created.body.notes).toBe('Regel één\nRegel twee\n\tingesprongen');
    const id = created.body.id as number;
    const one = async (body: Record<string, unknown>) => {
      const current = await t!.agent.get(`/api/agreements/${id}`);
      return t!.agent
        .patch(`/api/agreements/${id}`)
        .set(t!.headers)
        .send({ version: current.body.version, ...body });
    };
    for (const [field, value] of [
      ['reference', 'REF\r\n2'],
      ['ownerName', 'Jan\u0000'],
      ['notes', 'Notitie\u0000met NUL'],
      ['notes', 'Notitie \u202Eomgekeerd'],
      ['source', 'Bron\u0007'],
    ] as const) {
      const res = await one({ [field]: value });
      expect(res.status, `${field} ${JSON.stringify(value)}`).toBe(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: `body.${field}`, code: 'control_characters' })]);
    }
    const org = (await t.agent.get('/api/organisations')).body;
    const orgId = (Array.isArray(org) ? org : org.items)[0].id as number;
    const party = await one({ parties: [{ organisationId: orgId, role: 'party', signatoryName: 'A\nB' }] });
    expect(party.status).toBe(422);
    expect(party.body.errors[0]).toMatchObject({ field: 'body.parties.0.signatoryName', code: 'control_characters' });
    const organisation = await t.agent.post('/api/organisations').set(t.headers).send({ name: 'Gemeente\u202E Enschede', kind: 'municipality' });
    expect(organisation.status).toBe(422);
    expect(organisation.body.errors[0]).toMatchObject({ field: 'body.name', code: 'control_characters' });
    const profile = await t.agent.patch('/api/session/profile').set(t.headers).send({ name: 'Beheer\r\nder' });
    expect(profile.status).toBe(422);
    expect(profile.body.errors[0]).toMatchObject({ field: 'body.name', code: 'control_characters' });
  });

  it('are stripped from the calendar feed and the e-mail even when stored before (second line of defence)', async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ today: '2026-09-23', env: { SMTP_URL: sink.url, PUBLIC_URL: 'http://akkoord.test' } });
    const ids = await giveTwenteDates(t, 'admin@akkoord.test');
    // As text stored before the schemas refused it (or written around them).
    t.deps.db.$client
      .prepare('update agreements set title = ?, reference = ?, owner_name = ? where id = ?')
      .run('Verwerker\u0000 VRT\r\nBcc: iemand@elders.nl\u202E', 'REF\r\nX-Extra: 1', 'Jan\u0000\nJansen', ids.processor);

    const feedUrl = new URL((await t.agent.get('/api/me/calendar')).body.url as string);
    const feed = await supertest(t.app).get(feedUrl.pathname);
    expect(feed.status).toBe(200);
    expect(feed.text).not.toMatch(/[\u0000\u202E]/);
    expect(feed.text).not.toMatch(/\r\nBcc:/);
    expect(feed.text).toContain('SUMMARY:Opzegdatum: Verwerker VRT Bcc: iemand@elders.nl\r\n');

    const run = await t.agent.post('/api/reminders/run').set(t.headers).send({});
    expect(run.status).toBe(200);
    const mail = sink.messages.find((m) => (m.text ?? '').includes('Verwerker'))!;
    expect(mail).toBeDefined();
    const lines = (mail.text ?? '').split('\n');
    expect(lines.filter((l) => /^\s*(Bcc|X-Extra):/.test(l))).toEqual([]);
    expect(mail.text).not.toMatch(/[\u0000\u202E\r]/);
    expect(mail.text).toContain('Verwerker VRT Bcc: iemand@elders.nl');
    expect(mail.text).toContain('REF X-Extra: 1');
    expect(mail.headers.get('bcc')).toBeUndefined();
    expect(mail.headers.get('x-extra')).toBeUndefined();
    expect(String(mail.subject)).not.toMatch(/[\r\n\u0000]/);
  });
});
