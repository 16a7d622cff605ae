import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';

/*
 * An RTR agreement's history lists the relation events with agreements of
 * other collaborations too. A user limited to RTR must see that such an
 * event happened and the other agreement's id (as the chain views show it),
 * never its title, reference, notes or the relation's note.
 */

let t: TestApp;
let rtrViewer: SignedIn;
const ids: Record<string, number> = {};

const SUBPROCESSOR = 'Subverwerkersovereenkomst VRT en RJ Security (RTR)';

const SECRET = {
  type: 'processor',
  title: 'Geheime verwerkersovereenkomst jeugdzorg (ZVHT)',
  collaborationCode: 'ZVHT',
  reference: 'ZVHT-GESCHIEDENIS-3',
  notes: 'Vertrouwelijk: afspraken over jeugddossiers',
  startDate: '2019-03-01',
  endDate: '2025-06-30',
};
const COVER_NOTE = 'Dekking besproken in het besloten zorgoverleg';
const REMOVED_NOTE = 'Tijdelijke koppeling voor de casusregie';
const VISIBLE_NOTE = 'Zichtbare notitie binnen RTR';
const SECRETS = [SECRET.title, SECRET.reference, SECRET.notes, '2025-06-30', COVER_NOTE, REMOVED_NOTE];

interface HistoryEvent {
  entityType: string;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

async function relate(id: number, kind: string, otherAgreementId: number, note: string): Promise<number> {
  const res = await t.agent.post(`/api/agreements/${id}/relations`).set(t.headers).send({ kind, otherAgreementId, note });
  expect(res.status).toBe(201);
  return res.body.id as number;
}

beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29' });
  const list = await t.agent.get('/api/agreements').query({ limit: 100 });
  for (const a of list.body.items as { id: number; title: string }[]) ids[a.title] = a.id;
  const created = await t.agent.post('/api/agreements').set(t.headers).send(SECRET);
  expect(created.status).toBe(201);
  ids.secret = created.body.id as number;
  ids.cover = await relate(ids.secret, 'covers', ids[SUBPROCESSOR]!, COVER_NOTE);
  ids.removed = await relate(ids[SUBPROCESSOR]!, 'based_on', ids.secret, REMOVED_NOTE);
  expect((await t.agent.delete(`/api/agreements/${ids[SUBPROCESSOR]}/relations/${ids.removed}`).set(t.headers)).status).toBe(204);
  const addendum = await t.agent.post('/api/agreements').set(t.headers).send({ type: 'subprocessor', title: 'Addendum camerabeelden (RTR)', collaborationCode: 'RTR' });
  ids.addendum = addendum.body.id as number;
  ids.visible = await relate(ids.addendum, 'amends', ids[SUBPROCESSOR]!, VISIBLE_NOTE);
  rtrViewer = await t.signIn({ role: 'viewer', email: 'rtr-viewer@akkoord.test', scope: ['RTR'] });
});
afterAll(() => t.close());

const relationEvents = (items: HistoryEvent[]) => items.filter((e) => e.entityType === 'agreement_relation');

describe('the history of an RTR agreement', () => {
  it('shows a user limited to RTR that relations with a ZVHT agreement were made and removed, by id only', async () => {
    const res = await rtrViewer.agent.get(`/api/agreements/${ids[SUBPROCESSOR]}/history`).query({ limit: 100 });
    expect(res.status).toBe(200);
    for (const secret of SECRETS) expect(res.text, `"${secret}" leaked`).not.toContain(secret);
    const events = relationEvents(res.body.items as HistoryEvent[]);
    const of = (relationId: number, action: string) => events.find((e) => e.entityId === String(relationId) && e.action === action);
    expect(of(ids.cover!, 'create')!.after).toEqual({ id: ids.cover, sourceId: ids.secret, kind: 'covers', targetId: ids[SUBPROCESSOR], note: null, restricted: true });
    expect(of(ids.removed!, 'create')!.after).toEqual({ id: ids.removed, sourceId: ids[SUBPROCESSOR], kind: 'based_on', targetId: ids.secret, note: null, restricted: true });
    expect(of(ids.removed!, 'delete')!.before).toEqual({ id: ids.removed, sourceId: ids[SUBPROCESSOR], kind: 'based_on', targetId: ids.secret, note: null, restricted: true });
    // A relation between two RTR agreements is shown in full.
    expect(of(ids.visible!, 'create')!.after).toMatchObject({ sourceId: ids.addendum, targetId: ids[SUBPROCESSOR], note: VISIBLE_NOTE });
    expect(of(ids.visible!, 'create')!.after).not.toHaveProperty('restricted');
  });

  it('is shown in full to an unlimited user', async () => {
    const res = await t.agent.get(`/api/agreements/${ids[SUBPROCESSOR]}/history`).query({ limit: 100 });
    expect(res.status).toBe(200);
    expect(res.text).toContain(COVER_NOTE);
    expect(res.text).toContain(REMOVED_NOTE);
    const events = relationEvents(res.body.items as HistoryEvent[]);
    expect(events.find((e) => e.entityId === String(ids.cover) && e.action === 'create')!.after).toMatchObject({ note: COVER_NOTE, sourceId: ids.secret });
    expect(events.every((e) => !(e.after ?? e.before)!.restricted)).toBe(true);
  });

  it('stays hidden from that user for the ZVHT agreement itself', async () => {
    expect((await rtrViewer.agent.get(`/api/agreements/${ids.secret}/history`)).status).toBe(404);
  });
});
