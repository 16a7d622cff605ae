import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { reminderAddressSchema } from '@akkoord/shared/schemas/reminders';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';
import { giveTwenteDates, IVZ_BO, RTR_PROCESSOR, ZVHT_DVO } from '../reminder-rules/reminders.testing.ts';

/*
 * The address screen (`/api/reminder-addresses`) is open to legal advisors,
 * also to one limited to RTR. It must not tell them what the agreements and
 * collaborations of others are (a follow of one, a team-address role, is its
 * id with restricted: true), nor hand them any secret feed URL: the URL
 * outlasts what the address follows today (decision 033). An address whose
 * feed shows such agreements (an address without an account is not limited;
 * following KMT reaches ZVHT's agreements too) is theirs to look at, not to
 * change: editing, removing, a new feed URL, following and team-address roles
 * are for unlimited accounts. Users' own feeds are not on this screen at all.
 */

interface AddressJson {
  id: number;
  email: string;
  kind: string;
  label: string | null;
  follows: { subjectKind: string; subjectId: number; restricted: boolean; title?: string }[];
  teamAddressOf: ({ collaborationId: number; restricted: true } | { collaborationId: number; code: string; restricted: false })[];
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

/** Addresses whose feed shows agreements outside RTR: following one, following KMT (housed within ZVHT) and team address of ZVHT, owning them. */
const OUTSIDE = ['zorg-team@vrt.nl', 'kmt-team@vrt.nl', 'juridisch@vrt.nl'];
/** Accounts that follow something: their own feeds are not on the address screen. */
const ACCOUNTS = ['analist-rtr@vrt.nl', 'analist@vrt.nl', 'rtr-jurist@vrt.nl'];

beforeAll(async () => {
  t = await createTestApp({ today: '2026-09-23', env: { PUBLIC_URL: 'http://akkoord.test' } });
  // Owned by juridisch@vrt.nl: the RTR processor agreement, ZVHT's service agreement and IVZ's governance agreement.
  ids = await giveTwenteDates(t);
  for (const email of ['rtr-team@vrt.nl', 'zorg-team@vrt.nl', 'kmt-team@vrt.nl', 'juridisch@vrt.nl']) {
    expect(
      (
        await t.agent
          .post('/api/reminder-addresses')
          .set(t.headers)
          .send({ email, label: `Label ${email}` })
      ).status,
    ).toBe(201);
  }
  await addFollow(`/api/agreements/${ids.processor}`, 'rtr-team@vrt.nl');
  await addFollow('/api/collaborations/RTR', 'rtr-team@vrt.nl');
  expect((await t.agent.put('/api/collaborations/RTR/team-address').set(t.headers).send({ email: 'rtr-team@vrt.nl' })).status).toBe(200);
  await addFollow(`/api/agreements/${ids.processor}`, 'zorg-team@vrt.nl');
  await addFollow(`/api/agreements/${ids.zvht}`, 'zorg-team@vrt.nl');
  await addFollow('/api/collaborations/KMT', 'kmt-team@vrt.nl');
  expect((await t.agent.put('/api/collaborations/ZVHT/team-address').set(t.headers).send({ email: 'kmt-team@vrt.nl' })).status).toBe(200);
  // An account limited to RTR that follows an RTR agreement itself.
  const narrowed = await t.signIn({ role: 'manager', email: 'analist-rtr@vrt.nl', scope: ['RTR'] });
  expect((await narrowed.agent.post(`/api/agreements/${ids.processor}/followers`).set(narrowed.headers).send({})).status).toBe(200);
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
  test('sees follows and team-address roles outside RTR as their id only, and no feed URL at all', async () => {
    const { text, addresses } = await list(rtrLegal);
    const secrets = [...asAdmin.values()].map((a) => a.calendarUrl!.replace(/^.*\/cal\//, ''));
    for (const secret of [ZVHT_DVO, IVZ_BO, 'Zorg en Veiligheidshuis Twente', 'Kenniscentrum Mensenhandel', '"KMT', '"ZVHT', ...secrets])
      expect(text, `"${secret}" leaked`).not.toContain(secret);
    const zorg = addresses.get('zorg-team@vrt.nl')!;
    expect(zorg.follows).toEqual([
      { subjectKind: 'agreement', subjectId: ids.processor, restricted: false, title: RTR_PROCESSOR },
      { subjectKind: 'agreement', subjectId: ids.zvht, restricted: true },
    ]);
    const kmt = addresses.get('kmt-team@vrt.nl')!;
    expect(kmt.follows).toEqual([{ subjectKind: 'collaboration', subjectId: asAdmin.get('kmt-team@vrt.nl')!.follows[0]!.subjectId, restricted: true }]);
    expect(kmt.teamAddressOf).toEqual([{ collaborationId: asAdmin.get('kmt-team@vrt.nl')!.teamAddressOf[0]!.collaborationId, restricted: true }]);
    for (const email of OUTSIDE) expect(addresses.get(email), email).toMatchObject({ calendarUrl: null, reachesOutsideScope: true });
    for (const a of addresses.values()) expect(a.calendarUrl, a.email).toBeNull();
    // The address itself is still listed: removing it would end follows the advisor cannot see.
    expect(addresses.get('juridisch@vrt.nl')).toMatchObject({ label: 'Label juridisch@vrt.nl', follows: [] });
  });

  test('sees addresses within RTR in full, but without their feed URL', async () => {
    const { addresses } = await list(rtrLegal);
    expect(addresses.get('rtr-team@vrt.nl')).toMatchObject({
      reachesOutsideScope: false,
      calendarUrl: null,
      teamAddressOf: [{ code: 'RTR', restricted: false }],
      follows: [
        expect.objectContaining({ restricted: false, title: RTR_PROCESSOR }),
        expect.objectContaining({ subjectKind: 'collaboration', restricted: false, title: expect.stringMatching(/^RTR — /) }),
      ],
    });
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
    expect(fresh.body.calendarUrl).toBeNull();
    const now = (await list(t)).addresses.get('rtr-team@vrt.nl')!.calendarUrl;
    expect(now).toMatch(/^http:\/\/akkoord\.test\/cal\//);
    expect(now).not.toBe(asAdmin.get('rtr-team@vrt.nl')!.calendarUrl);
  });

  test('may not make an address that reaches outside RTR follow RTR, or be its team address; nothing is written', async () => {
    const before = (await list(t)).text;
    const refused = [
      await rtrLegal.agent.post('/api/collaborations/RTR/followers').set(rtrLegal.headers).send({ email: 'zorg-team@vrt.nl' }),
      await rtrLegal.agent.post(`/api/agreements/${ids.processor}/followers`).set(rtrLegal.headers).send({ email: 'KMT-team@vrt.nl' }),
      await rtrLegal.agent.put('/api/collaborations/RTR/team-address').set(rtrLegal.headers).send({ email: 'juridisch@vrt.nl' }),
    ];
    for (const res of refused) {
      expect(res.status, res.text).toBe(403);
      expect(res.body.code).toBe('forbidden');
    }
    expect((await list(t)).text).toBe(before);
  });

  test('still makes a new or an RTR-only address follow RTR and be its team address', async () => {
    expect((await rtrLegal.agent.post('/api/collaborations/RTR/followers').set(rtrLegal.headers).send({ email: 'rtr-nieuw@vrt.nl' })).status).toBe(200);
    expect((await rtrLegal.agent.put('/api/collaborations/RTR/team-address').set(rtrLegal.headers).send({ email: 'rtr-team@vrt.nl' })).status).toBe(200);
  });
});

describe('a legal advisor limited to KMT, which ZVHT houses', () => {
  test('may not make an address follow KMT or be its team address: its feed would reach ZVHT', async () => {
    const kmtLegal = await t.signIn({ role: 'legal', email: 'kmt-jurist@vrt.nl', scope: ['KMT'] });
    const follow = await kmtLegal.agent.post('/api/collaborations/KMT/followers').set(kmtLegal.headers).send({ email: 'kmt-nieuw@vrt.nl' });
    const team = await kmtLegal.agent.put('/api/collaborations/KMT/team-address').set(kmtLegal.headers).send({ email: 'kmt-nieuw@vrt.nl' });
    for (const res of [follow, team]) expect([res.status, res.body.code]).toEqual([403, 'forbidden']);
    expect((await list(t)).addresses.has('kmt-nieuw@vrt.nl')).toBe(false);
  });
});

describe("users' own calendar feeds", () => {
  test('are not on the address screen, for an admin or a limited advisor', async () => {
    for (const caller of [t, rtrLegal]) {
      const { addresses } = await list(caller);
      for (const email of ACCOUNTS) expect(addresses.has(email), email).toBe(false);
      for (const a of addresses.values()) expect(a.kind).toBe('address');
    }
  });

  test("are not reachable through the address routes: a user's recipient id answers 404", async () => {
    const row = t.deps.db.$client.prepare("select id from reminder_recipients where email = 'analist-rtr@vrt.nl'").get() as { id: number };
    for (const caller of [t, rtrLegal]) {
      const answers = [
        await caller.agent.get(`/api/reminder-addresses/${row.id}`),
        await caller.agent.patch(`/api/reminder-addresses/${row.id}`).set(caller.headers).send({ label: 'Gekaapt' }),
        await caller.agent.post(`/api/reminder-addresses/${row.id}/calendar/regenerate`).set(caller.headers).send({}),
        await caller.agent.delete(`/api/reminder-addresses/${row.id}`).set(caller.headers),
      ];
      for (const res of answers) {
        expect([res.status, res.body.code], res.text).toEqual([404, 'not_found']);
        expect(res.text).not.toContain('/cal/');
      }
    }
  });

  test("refuse an account's address as a plain address, a follower by e-mail or a team address (any case)", async () => {
    const before = (await list(t)).text;
    const answers = [
      await t.agent.post('/api/reminder-addresses').set(t.headers).send({ email: 'Analist@VRT.nl' }),
      await t.agent.post('/api/collaborations/IVZ/followers').set(t.headers).send({ email: 'analist-rtr@vrt.nl' }),
      await t.agent.put('/api/collaborations/IVZ/team-address').set(t.headers).send({ email: 'rtr-jurist@vrt.nl' }),
      // An account that follows nothing yet has no recipient row: refused all the same.
      await t.agent.post('/api/reminder-addresses').set(t.headers).send({ email: t.user.email }),
    ];
    for (const res of answers) {
      expect([res.status, res.body.code], res.text).toEqual([422, 'validation_failed']);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body.email' })]);
    }
    expect((await list(t)).text).toBe(before);
  });
});

describe('a scope that covers what an address reaches', () => {
  test('lets its advisor manage it, still without its feed URL: KMT and ZVHT together cover a follow of KMT', async () => {
    const kmtAndZvht = await t.signIn({ role: 'legal', email: 'kmt-zvht-jurist@vrt.nl', scope: ['KMT', 'ZVHT'] });
    const { addresses } = await list(kmtAndZvht);
    expect(addresses.get('kmt-team@vrt.nl')).toMatchObject({ reachesOutsideScope: false, calendarUrl: null, teamAddressOf: [{ code: 'ZVHT', restricted: false }] });
    expect(addresses.get('zorg-team@vrt.nl')).toMatchObject({ reachesOutsideScope: true, calendarUrl: null });
  });
});

describe('an unlimited legal advisor', () => {
  test('sees every follow with its title and every feed URL, as before', async () => {
    const legal = await t.signIn({ role: 'legal', email: 'jurist@vrt.nl' });
    const { text, addresses } = await list(legal);
    expect(text).toContain(ZVHT_DVO);
    for (const email of OUTSIDE) expect(addresses.get(email), email).toMatchObject({ reachesOutsideScope: false, calendarUrl: asAdmin.get(email)!.calendarUrl });
    expect(addresses.get('zorg-team@vrt.nl')!.follows.find((f) => f.subjectId === ids.zvht)).toEqual({
      subjectKind: 'agreement',
      subjectId: ids.zvht,
      restricted: false,
      title: ZVHT_DVO,
    });
    const id = asAdmin.get('zorg-team@vrt.nl')!.id;
    expect((await legal.agent.patch(`/api/reminder-addresses/${id}`).set(legal.headers).send({ label: 'Team zorg' })).status).toBe(200);
  });
});
