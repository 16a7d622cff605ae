import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collaborationDetailSchema } from '@akkoord/shared/schemas/collaboration';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';

/*
 * KMT is housed within ZVHT, whose agreements cover KMT's work. A scope means
 * exactly the collaborations listed (the lead's decision): a user limited to
 * KMT may not see ZVHT's agreements, so the KMT page names them by id only,
 * as every other answer does (decision 023). A user whose scope lists ZVHT as
 * well, and an unlimited user, see them in full.
 */

let t: TestApp;
let kmtViewer: SignedIn;
let kmtAndZvht: SignedIn;
let zvhtIds: number[];

const ZVHT_TITLES = ['Dienstverleningsovereenkomst ZVHT', 'Bestuursovereenkomst ZVHT', 'Samenwerkings- en privacyconvenant ZVHT'];
const SECRET = { reference: 'ZVHT-VERTROUWELIJK-31', notes: 'Afspraken over casusoverleg die buiten ZVHT niet bekend mogen zijn', endDate: '2029-04-30' };

beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29' });
  const list = await t.agent.get('/api/agreements').query({ collaboration: 'ZVHT', limit: 100 });
  const zvht = list.body.items as { id: number; title: string; version: number }[];
  expect(zvht.map((a) => a.title).sort()).toEqual([...ZVHT_TITLES].sort());
  zvhtIds = zvht.map((a) => a.id).sort((a, b) => a - b);
  const dvo = zvht.find((a) => a.title === ZVHT_TITLES[0])!;
  const patched = await t.agent
    .patch(`/api/agreements/${dvo.id}`)
    .set(t.headers)
    .send({ version: dvo.version, ...SECRET, startDate: '2019-05-01' });
  expect(patched.status).toBe(200);
  kmtViewer = await t.signIn({ role: 'viewer', email: 'kmt-viewer@akkoord.test', scope: ['KMT'] });
  kmtAndZvht = await t.signIn({ role: 'legal', email: 'kmt-zvht@akkoord.test', scope: ['KMT', 'ZVHT'] });
});
afterAll(() => t.close());

describe('the KMT page for a user limited to KMT', () => {
  it('names the covering ZVHT agreements by id only, never their titles, references, notes, dates or parties', async () => {
    const res = await kmtViewer.agent.get('/api/collaborations/KMT');
    expect(res.status).toBe(200);
    expect(res.body.coveredBy).toEqual([{ code: 'ZVHT', agreements: zvhtIds.map((id) => ({ restricted: true, id })) }]);
    for (const secret of [...ZVHT_TITLES, SECRET.reference, SECRET.notes, SECRET.endDate, '2019-05-01']) expect(res.text, `"${secret}" leaked`).not.toContain(secret);
    // The answer is what the shared schema (and so the OpenAPI document) promises.
    expect(collaborationDetailSchema.safeParse(res.body).success).toBe(true);
  });

  it('matches what those agreements’ own pages answer: not found', async () => {
    for (const id of zvhtIds) expect((await kmtViewer.agent.get(`/api/agreements/${id}`)).status).toBe(404);
    expect((await kmtViewer.agent.get('/api/collaborations/ZVHT')).status).toBe(404);
  });
});

describe('a user whose scope lists ZVHT as well, and an unlimited user', () => {
  it('see the covering agreements in full, as before', async () => {
    for (const user of [kmtAndZvht, t]) {
      const res = await user.agent.get('/api/collaborations/KMT');
      expect(res.status).toBe(200);
      const cover = res.body.coveredBy as { code: string; agreements: { id: number; restricted: boolean; title: string; reference: string | null; endDate: string | null }[] }[];
      expect(cover.map((c) => c.code)).toEqual(['ZVHT']);
      expect(cover[0]!.agreements.map((a) => a.title).sort()).toEqual([...ZVHT_TITLES].sort());
      expect(cover[0]!.agreements.every((a) => a.restricted === false)).toBe(true);
      expect(cover[0]!.agreements.find((a) => a.title === ZVHT_TITLES[0])).toMatchObject({ reference: SECRET.reference, endDate: SECRET.endDate });
      expect(collaborationDetailSchema.safeParse(res.body).success).toBe(true);
    }
  });
});

describe('the OpenAPI document', () => {
  it('documents a covering agreement as either a summary or an id with restricted: true', async () => {
    const res = await t.agent.get('/api/openapi.json');
    const text = JSON.stringify(res.body.paths['/api/collaborations/{code}']);
    expect(text).toContain('coveredBy');
    expect(text).toMatch(/"restricted":\{[^}]*"const":true/);
  });
});
