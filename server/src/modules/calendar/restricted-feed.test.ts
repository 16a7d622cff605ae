import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';
import { giveTwenteDates, IVZ_BO, RTR_PROCESSOR, ZVHT_DVO } from '../reminder-rules/reminders.testing.ts';

/*
 * A calendar feed is fetched without a session, behind a secret URL. What it
 * shows must follow the owner's account as it is now: after an admin limits
 * the account to RTR, agreements of ZVHT and IVZ that it followed before (one
 * by itself, one through its collaboration) leave the feed.
 */

let t: TestApp;
let follower: SignedIn;
let feedPath: string;
let ids: { processor: number; zvht: number; ivz: number };

beforeAll(async () => {
  t = await createTestApp({ today: '2026-09-23', env: { PUBLIC_URL: 'http://akkoord.test' } });
  ids = await giveTwenteDates(t);
  follower = await t.signIn({ role: 'manager', email: 'volger@vrt.nl' });
  for (const id of [ids.processor, ids.zvht]) expect((await follower.agent.post(`/api/agreements/${id}/followers`).set(follower.headers).send({})).status).toBe(200);
  expect((await follower.agent.post('/api/collaborations/IVZ/followers').set(follower.headers).send({})).status).toBe(200);
  feedPath = new URL((await follower.agent.get('/api/me/calendar')).body.url as string).pathname;
});
afterAll(() => t.close());

const feed = async () => {
  const res = await supertest(t.app).get(feedPath);
  expect(res.status).toBe(200);
  // iCalendar folds lines at 75 octets: unfold before looking for a title.
  return res.text.replace(/\r\n[ \t]/g, '');
};

describe('the calendar feed of an account whose collaborations are narrowed', () => {
  test('shows what it follows while the account sees every collaboration', async () => {
    const text = await feed();
    for (const title of [RTR_PROCESSOR, ZVHT_DVO, IVZ_BO]) expect(text).toContain(title);
  });

  test('no longer shows agreements outside its new scope, though the follows remain', async () => {
    const narrowed = await t.agent
      .patch(`/api/users/${follower.user.id}`)
      .set(t.headers)
      .send({ collaborationScope: ['RTR'] });
    expect(narrowed.status).toBe(200);
    const text = await feed();
    expect(text).toContain(RTR_PROCESSOR);
    expect(text).not.toContain(ZVHT_DVO);
    expect(text).not.toContain(IVZ_BO);
    for (const id of [ids.zvht, ids.ivz]) expect(text).not.toContain(`akkoord-${id}-`);
    const followers = await t.agent.get(`/api/agreements/${ids.zvht}/followers`);
    expect(followers.body.followers.map((f: { email: string }) => f.email)).toContain('volger@vrt.nl');
  });

  test('shows them again when the scope is widened', async () => {
    expect((await t.agent.patch(`/api/users/${follower.user.id}`).set(t.headers).send({ collaborationScope: null })).status).toBe(200);
    expect(await feed()).toContain(ZVHT_DVO);
  });
});
