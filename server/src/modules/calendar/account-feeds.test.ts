import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { giveTwenteDates, RTR_PROCESSOR } from '../reminders/reminders.testing.ts';

/*
 * An account's own calendar feed (decision 033): a URL handed out for a plain
 * address must not become the URL of an account's feed, and a deactivated
 * account's feed stops answering — also after reactivation, until its user
 * asks for a feed URL again.
 */

let t: TestApp;
let ids: { processor: number; zvht: number; ivz: number };

beforeAll(async () => {
  t = await createTestApp({ today: '2026-09-23', env: { PUBLIC_URL: 'http://akkoord.test' } });
  ids = await giveTwenteDates(t);
});
afterAll(() => t.close());

const pathOf = (url: string) => new URL(url).pathname;
const feedStatus = async (url: string) => (await supertest(t.app).get(pathOf(url))).status;
const addressUrl = async (email: string) => {
  const list = (await t.agent.get('/api/reminder-addresses')).body as { email: string; calendarUrl: string | null }[];
  return list.find((a) => a.email === email)?.calendarUrl ?? null;
};

describe('a plain address that becomes an account’s feed', () => {
  test('gets a new secret: the URL handed out for the address answers 404, the account’s own URL works', async () => {
    expect((await t.agent.post('/api/reminder-addresses').set(t.headers).send({ email: 'later-collega@vrt.nl' })).status).toBe(201);
    expect((await t.agent.post(`/api/agreements/${ids.processor}/followers`).set(t.headers).send({ email: 'later-collega@vrt.nl' })).status).toBe(200);
    const handedOut = (await addressUrl('later-collega@vrt.nl'))!;
    expect(await feedStatus(handedOut)).toBe(200);

    // An account with that address is made, and its user opens their calendar link.
    const colleague = await t.signIn({ role: 'manager', email: 'later-collega@vrt.nl' });
    const own = await colleague.agent.get('/api/me/calendar');
    expect(own.status).toBe(200);
    expect(own.body.url).not.toBe(handedOut);
    expect(await feedStatus(handedOut)).toBe(404);
    const feed = await supertest(t.app).get(pathOf(own.body.url as string));
    expect(feed.status).toBe(200);
    expect(feed.text.replace(/\r\n[ \t]/g, '')).toContain(RTR_PROCESSOR);
    // And it has left the address screen.
    expect(await addressUrl('later-collega@vrt.nl')).toBeNull();
  });
});

describe('a deactivated account’s feed', () => {
  test('answers 404 from deactivation on, and its old URL stays dead after reactivation', async () => {
    const user = await t.signIn({ role: 'manager', email: 'vertrekker@vrt.nl' });
    expect((await user.agent.post(`/api/agreements/${ids.processor}/followers`).set(user.headers).send({})).status).toBe(200);
    const before = (await user.agent.get('/api/me/calendar')).body.url as string;
    expect(await feedStatus(before)).toBe(200);

    expect((await t.agent.post(`/api/users/${user.user.id}/deactivate`).set(t.headers).send({})).status).toBe(200);
    expect(await feedStatus(before)).toBe(404);
    const secret = t.deps.db.$client.prepare('select calendar_secret as s from reminder_recipients where user_id = ?').get(user.user.id) as { s: string | null };
    expect(secret.s).toBeNull();

    expect((await t.agent.post(`/api/users/${user.user.id}/reactivate`).set(t.headers).send({})).status).toBe(200);
    expect(await feedStatus(before)).toBe(404);

    // Only when the user asks (opens their calendar link) is there a feed again, under a new URL.
    const again = await t.signIn({ role: 'manager', email: 'vertrekker@vrt.nl' });
    const after = (await again.agent.get('/api/me/calendar')).body.url as string;
    expect(after).not.toBe(before);
    expect(await feedStatus(after)).toBe(200);
    expect(await feedStatus(before)).toBe(404);
  });

  test('answers 404 even while its secret is still stored (an account deactivated before this rule)', async () => {
    const user = await t.signIn({ role: 'manager', email: 'oud-vertrek@vrt.nl' });
    const url = (await user.agent.get('/api/me/calendar')).body.url as string;
    t.deps.db.$client.prepare("update users set deactivated_at = '2026-09-01T00:00:00.000Z' where id = ?").run(user.user.id);
    expect(await feedStatus(url)).toBe(404);
  });
});
