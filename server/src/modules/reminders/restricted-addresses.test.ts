import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { reminderAddressSchema } from '@akkoord/shared/schemas/reminders';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';
import { giveTwenteDates, IVZ_BO, RTR_PROCESSOR, ZVHT_DVO } from './reminders.testing.ts';

/*
 * The address screen (`/api/reminder-addresses`) is open to legal advisors,
 * also to one limited to RTR. It must not tell them what the agreements of
 * other collaborations are (a follow of one is its id with restricted: true),
 * nor hand them the secret feed URL of an address whose feed shows such
 * agreements (an address without an account is not limited; following KMT
 * reaches ZVHT's agreements too). Such an address is theirs to look at, not
 * to change: editing, removing and a new feed URL are for unlimited accounts.
 */

interface AddressJson {
  id: number;
  email: string;
  label: string | null;
  follows: { subjectKind: string; subjectId: number; restricted: boolean; title?: string }[];
  teamAddressOf: string[];
  calendarUrl: string | null;
  reachesOutsideScope: boolean;
}

let t: TestApp;
let rtrLegal: SignedIn;
let ids: { processor: number; zvht: number; ivz: number };
/** The addresses as an admin sees them, by e-mail. */
let asAdmin: Map<string, AddressJson>;

const byEmail = (list: AddressJson[]) => new Map(list.map((a) => [a.email, a]));
const list = async (user: SignedIn) => {
  const res = await user.agent.get('/api/reminder-addresses');
  expect(res.status).toBe(200);
  expect(z.array(reminderAddressSchema).safeParse(res.body).success).toBe(true);
  return { text: res.text, addresses: byEmail(res.body as AddressJson[]) };
};
const addFollow = async (path: string, email: string) => expect((await t.agent.post(`${path}/followers`).set(t.headers).send({ email })).status).toBe(200);

/** Addresses whose feed shows agreements outside RTR: following one, following KMT (housed within ZVHT), owning them. */
const OUTSIDE = ['zorg-team@vrt.nl', 'kmt-team@vrt.nl', 'juridisch@vrt.nl', 'analist@vrt.nl'];

beforeAll(async () => {
  t = await createTestApp({ today: '2026-09-23', env: { PUBLIC_URL: 'http://akkoord.test' } });
  // Owned by juridisch@vrt.nl: the RTR processor agreement, ZVHT's service agreement and IVZ's governance agreement.
  ids = await giveTwenteDates(t);
  for (const email of ['rtr-team@vrt.nl', 'zorg-team@vrt.nl', 'kmt-team@vrt.nl', 'juridisch@vrt.nl']) {
    expect((await t.agent.post('/api/reminder-addresses').set(t.headers).send({ email, label: `Label ${email}` })).status).toBe(201);
  }
  await addFollow(`/api/agreements/${ids.processor}`, 'rtr-team@vrt.nl');
  await addFollow('/api/collaborations/RTR', 'rtr-team@vrt.nl');
  expect((await t.agent.put('/api/collaborations/RTR/team-address').set(t.headers).send({ email: 'rtr-team@vrt.nl' })).status).toBe(200);
  await addFollow(`/api/agreements/${ids.processor}`, 'zorg-team@vrt.nl');
  await addFollow(`/api/agreements/${ids.zvht}`, 'zorg-team@vrt.nl');
  await addFollow('/api/collaborations/KMT', 'kmt-team@vrt.nl');
  // An account that followed ZVHT before it was limited to RTR: its own feed no longer shows ZVHT.
  const narrowed = await t.signIn({ role: 'manager', email: 'analist-rtr@vrt.nl', scope: ['RTR'] });
  expect((await narrowed.agent.post(`/api/agreements/${ids.processor}/followers`).set(narrowed.headers).send({})).status).toBe(200);
  await addFollow(`/api/agreements/${ids.zvht}`, 'analist-rtr@vrt.nl');
  // An unlimited account that follows IVZ.
  const analyst = await t.signIn({ role: 'manager', email: 'analist@vrt.nl' });
  expect((await analyst.agent.post('/api/collaborations/IVZ/followers').set(analyst.headers).send({})).status).toBe(200);

  rtrLegal = await t.signIn({ role: 'legal', email: 'rtr-jurist@vrt.nl', scope: ['RTR'] });
  expect((await rtrLegal.agent.post(`/api/agreements/${ids.processor}/followers`).set(rtrLegal.headers).send({})).status).toBe(200);
  asAdmin = (await list(t)).addresses;
  for (const email of OUTSIDE) expect(asAdmin.get(email)!.calendarUrl, email).toMatch(/^http:\/\/akkoord\.test\/cal\//);
});
afterAll(() => t.close());

describe('a legal advisor limited to RTR', () => {
  test('sees follows of agreements outside RTR as their id only, and no feed URL that shows them', async () => {
    const { text, addresses } = await list(rtrLegal);
    for (const secret of [ZVHT_DVO, IVZ_BO, ...OUTSIDE.map((email) => asAdmin.get(email)!.calendarUrl!.replace(/^.*\/cal\//, ''))]) {
      expect(text, `"${secret}" leaked`).not.toContain(secret);
    }
    const zorg = addresses.get('zorg-team@vrt.nl')!;
    expect(zorg.follows).toEqual([
      { subjectKind: 'agreement', subjectId: ids.processor, restricted: false, title: RTR_PROCESSOR },
      { subjectKind: 'agreement', subjectId: ids.zvht, restricted: true },
    ]);
    expect(addresses.get('analist-rtr@vrt.nl')!.follows.find((f) => f.subjectId === ids.zvht)).toEqual({ subjectKind: 'agreement', subjectId: ids.zvht, restricted: true });
    for (const email of OUTSIDE) expect(addresses.get(email), email).toMatchObject({ calendarUrl: null, reachesOutsideScope: true });
    // The address itself is still listed: removing it would end follows the advisor cannot see.
    expect(addresses.get('juridisch@vrt.nl')).toMatchObject({ label: 'Label juridisch@vrt.nl', follows: [] });
  });

  test('keeps the feed URLs that show nothing outside RTR: an RTR team address, its own, an account limited to RTR', async () => {
    const { addresses } = await list(rtrLegal);
    for (const email of ['rtr-team@vrt.nl', 'rtr-jurist@vrt.nl', 'analist-rtr@vrt.nl']) {
      expect(addresses.get(email), email).toMatchObject({ reachesOutsideScope: false });
      expect(addresses.get(email)!.calendarUrl, email).toBe(asAdmin.get(email)!.calendarUrl);
    }
    expect(addresses.get('rtr-team@vrt.nl')).toMatchObject({ teamAddressOf: ['RTR'], follows: [expect.objectContaining({ restricted: false, title: RTR_PROCESSOR }), expect.objectContaining({ subjectKind: 'collaboration', restricted: false })] });
  });

  test('gets one address the same way', async () => {
    const res = await rtrLegal.agent.get(`/api/reminder-addresses/${asAdmin.get('zorg-team@vrt.nl')!.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ calendarUrl: null, reachesOutsideScope: true });
    expect(res.text).not.toContain(ZVHT_DVO);
  });

  test('may not change, remove or give a new feed URL to an address that reaches outside RTR', async () => {
    const id = asAdmin.get('zorg-team@vrt.nl')!.id;
    const refused = [
      await rtrLegal.agent.patch(`/api/reminder-addresses/${id}`).set(rtrLegal.headers).send({ label: 'Gewijzigd' }),
      await rtrLegal.agent.delete(`/api/reminder-addresses/${id}`).set(rtrLegal.headers),
      await rtrLegal.agent.post(`/api/reminder-addresses/${id}/calendar/regenerate`).set(rtrLegal.headers).send({}),
    ];
    for (const res of refused) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('forbidden');
      expect(res.text).not.toContain('/cal/');
    }
    expect((await list(t)).addresses.get('zorg-team@vrt.nl')).toEqual(asAdmin.get('zorg-team@vrt.nl'));
  });

  test('still manages an address within RTR', async () => {
    const id = asAdmin.get('rtr-team@vrt.nl')!.id;
    const renamed = await rtrLegal.agent.patch(`/api/reminder-addresses/${id}`).set(rtrLegal.headers).send({ label: 'Team RTR' });
    expect(renamed.status).toBe(200);
    const fresh = await rtrLegal.agent.post(`/api/reminder-addresses/${id}/calendar/regenerate`).set(rtrLegal.headers).send({});
    expect(fresh.status).toBe(200);
    expect(fresh.body.calendarUrl).toMatch(/^http:\/\/akkoord\.test\/cal\//);
    expect(fresh.body.calendarUrl).not.toBe(asAdmin.get('rtr-team@vrt.nl')!.calendarUrl);
  });
});

describe('a scope that covers what an address reaches', () => {
  test('shows its feed URL: KMT and ZVHT together cover a follow of KMT', async () => {
    const kmtAndZvht = await t.signIn({ role: 'legal', email: 'kmt-zvht-jurist@vrt.nl', scope: ['KMT', 'ZVHT'] });
    const { addresses } = await list(kmtAndZvht);
    expect(addresses.get('kmt-team@vrt.nl')).toMatchObject({ reachesOutsideScope: false, calendarUrl: asAdmin.get('kmt-team@vrt.nl')!.calendarUrl });
    expect(addresses.get('zorg-team@vrt.nl')).toMatchObject({ reachesOutsideScope: true, calendarUrl: null });
  });
});

describe('an unlimited legal advisor', () => {
  test('sees every follow with its title and every feed URL, as before', async () => {
    const legal = await t.signIn({ role: 'legal', email: 'jurist@vrt.nl' });
    const { text, addresses } = await list(legal);
    expect(text).toContain(ZVHT_DVO);
    for (const email of OUTSIDE) expect(addresses.get(email), email).toMatchObject({ reachesOutsideScope: false, calendarUrl: asAdmin.get(email)!.calendarUrl });
    expect(addresses.get('zorg-team@vrt.nl')!.follows.find((f) => f.subjectId === ids.zvht)).toEqual({ subjectKind: 'agreement', subjectId: ids.zvht, restricted: false, title: ZVHT_DVO });
    const id = asAdmin.get('zorg-team@vrt.nl')!.id;
    expect((await legal.agent.patch(`/api/reminder-addresses/${id}`).set(legal.headers).send({ label: 'Team zorg' })).status).toBe(200);
  });
});
