import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';
import { giveTwenteDates, IVZ_BO, movableClock, RTR_PROCESSOR, ZVHT_DVO, type MovableClock } from '../reminder-rules/reminders.testing.ts';
import { startSmtpSink, type SmtpSink } from '../outbox/smtp-sink.testing.ts';
import { closeTransports } from '../outbox/smtp-transport.ts';

/*
 * Reminder digests are built without anyone's session. What one tells an
 * account must follow the account as it is now: after an admin limits it to
 * RTR, the ZVHT and IVZ agreements it followed before (by themselves or
 * through their collaboration) are no longer in its e-mails, also when a
 * reminder about them was planned before the change and still waited for
 * the next digest.
 */

let sink: SmtpSink;
let clock: MovableClock;
let t: TestApp;
let analyst: SignedIn;
let ids: { processor: number; zvht: number; ivz: number };

beforeEach(async () => {
  sink = await startSmtpSink();
  clock = movableClock('2026-09-23');
  t = await createTestApp({ clock, env: { SMTP_URL: sink.url, PUBLIC_URL: 'http://akkoord.test', SMTP_FROM: 'Akkoord VRT <akkoord@vrt.nl>' } });
  ids = await giveTwenteDates(t);
  analyst = await t.signIn({ role: 'manager', email: 'analyst@vrt.nl' });
});

afterEach(async () => {
  closeTransports();
  await sink.close();
  t.close();
});

const follow = async (path: string) => expect((await analyst.agent.post(`${path}/followers`).set(analyst.headers).send({})).status).toBe(200);
const narrowToRtr = async () =>
  expect(
    (
      await t.agent
        .patch(`/api/users/${analyst.user.id}`)
        .set(t.headers)
        .send({ collaborationScope: ['RTR'] })
    ).status,
  ).toBe(200);
const run = async (admin: SignedIn = t) => {
  const res = await admin.agent.post('/api/reminders/run').set(admin.headers).send({});
  expect(res.status).toBe(200);
  return res.body as { queued: { reminders: number } };
};
/** Reminders for the analyst about this agreement that are in no e-mail yet. */
const waitingFor = (agreementId: number) =>
  (
    t.deps.db.$client.prepare("select count(*) as n from reminder_items where recipient_email = 'analyst@vrt.nl' and agreement_id = ? and outbox_id is null").get(agreementId) as {
      n: number;
    }
  ).n;
const mailTo = (email: string) => sink.messages.filter((m) => (m.to && 'text' in m.to ? m.to.text : '') === email);
const textOf = (m: { subject?: string | undefined; text?: string | undefined; html?: string | false | undefined }) =>
  `${m.subject ?? ''}\n${m.text ?? ''}\n${typeof m.html === 'string' ? m.html : ''}`;

describe('the digest of an account whose collaborations are narrowed', () => {
  test('leaves out what it followed outside its new scope; an address without an account still hears of everything', async () => {
    await follow(`/api/agreements/${ids.processor}`);
    await follow(`/api/agreements/${ids.zvht}`);
    await follow('/api/collaborations/IVZ');
    await narrowToRtr();
    const result = await run();
    // Planning leaves them out: the run reports only reminders that are on their way.
    const planned = t.deps.db.$client.prepare('select count(*) as n from reminder_items').get() as { n: number };
    expect(planned.n).toBe(result.queued.reminders);

    const [mine, ...more] = mailTo('analyst@vrt.nl');
    expect(more).toEqual([]);
    const text = textOf(mine!);
    expect(text).toContain(RTR_PROCESSOR);
    expect(text).not.toContain(ZVHT_DVO);
    expect(text).not.toContain(IVZ_BO);
    expect(text).not.toContain(`/agreements/${ids.zvht}`);
    // The owner's address has no account: not limited.
    const owner = textOf(mailTo('juridisch@vrt.nl')[0]!);
    for (const title of [RTR_PROCESSOR, ZVHT_DVO, IVZ_BO]) expect(owner).toContain(title);
  });

  test('drops a reminder planned before the change that waited for the next day’s digest', async () => {
    await follow(`/api/agreements/${ids.processor}`);
    await run();
    expect(mailTo('analyst@vrt.nl')).toHaveLength(1);
    // Followed after today's digest went out; the term end (38 days away) waits for tomorrow's.
    await follow(`/api/agreements/${ids.zvht}`);
    expect((await run()).queued.reminders).toBeGreaterThan(0);
    expect(mailTo('analyst@vrt.nl')).toHaveLength(1);
    expect(waitingFor(ids.zvht)).toBeGreaterThan(0);

    await narrowToRtr();
    clock.set('2026-09-24');
    await run(await t.signIn()); // a new day: the admin signs in again
    for (const m of mailTo('analyst@vrt.nl')) expect(textOf(m)).not.toContain(ZVHT_DVO);
    expect(waitingFor(ids.zvht)).toBe(0);
  });

  test('escalates past a deputy whose account no longer sees the agreement, to the team address', async () => {
    // The RTR processor's notice deadline is 7 days away, unacknowledged: its deputy hears of it, unless the deputy may not see it.
    const deputy = await t.signIn({ role: 'legal', email: 'plaatsvervanger@vrt.nl', scope: ['ZVHT'] });
    expect(deputy.user.email).toBe('plaatsvervanger@vrt.nl');
    expect((await t.agent.put('/api/collaborations/RTR/team-address').set(t.headers).send({ email: 'rtr-team@vrt.nl' })).status).toBe(200);
    await run();
    expect(mailTo('plaatsvervanger@vrt.nl')).toEqual([]);
    const team = mailTo('rtr-team@vrt.nl');
    expect(team).toHaveLength(1);
    expect(team[0]!.subject).toContain(RTR_PROCESSOR);
    expect(team[0]!.text).toContain('teamadres');
    expect(textOf(mailTo('juridisch@vrt.nl')[0]!)).toContain('rtr-team@vrt.nl krijgt deze herinnering daarom ook');
  });
});
