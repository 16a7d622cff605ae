import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';

/*
 * A user limited to RTR looks at chains that run into agreements of ZVHT and
 * IVZ: those neighbours must come back as their id with `restricted: true`,
 * and nothing about them (title, reference, notes, parties, dates, regime,
 * relation notes) may appear anywhere in the answer. An unlimited user sees
 * the same chain in full.
 */

let t: TestApp;
let rtrViewer: SignedIn;
let rtrLegal: SignedIn;
const ids: Record<string, number> = {};
const idOf = (key: string) => ids[key]!;

const SUBPROCESSOR = 'Subverwerkersovereenkomst VRT en RJ Security (RTR)';
const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';
const DVO_MUNICIPALITIES = 'Dienstverleningsovereenkomst gemeenten en VRT (RTR)';
const COOPERATION = 'Samenwerkingsovereenkomst politie en VRT (RTR)';

/** ZVHT processor agreement that covers RTR's sub-processor agreement (and ends before it). */
const SECRET_COVER = {
  type: 'processor',
  title: 'Geheime verwerkersovereenkomst zorgkolom (ZVHT)',
  collaborationCode: 'ZVHT',
  reference: 'ZVHT-GEHEIM-7',
  notes: 'Vertrouwelijke afspraken over zorgdossiers',
  startDate: '2019-03-01',
  endDate: '2025-06-30',
  legalRegime: 'avg',
};
/** ZVHT service agreement based on RTR's service agreement with the municipalities. */
const SECRET_BASED = {
  type: 'service',
  title: 'Vertrouwelijke dienstverlening zorgkolom (ZVHT)',
  collaborationCode: 'ZVHT',
  reference: 'ZVHT-GEHEIM-8',
  notes: 'Niet openbaar: tarieven per casus',
  startDate: '2021-01-01',
  endDate: '2030-12-31',
};
/** IVZ addendum to the ZVHT service agreement: two steps away from RTR. */
const SECRET_ADDENDUM = {
  type: 'service',
  title: 'Geheim addendum Platform IVZ',
  collaborationCode: 'IVZ',
  reference: 'IVZ-ADD-99',
  startDate: '2022-01-01',
  endDate: '2031-12-31',
};
const RELATION_NOTE = 'Dekking afgesproken in besloten overleg';

/** Strings that tell something about the agreements outside RTR. */
const SECRETS = [
  SECRET_COVER.title,
  SECRET_COVER.reference,
  SECRET_COVER.notes,
  '2025-06-30',
  'juni 2025',
  'June 2025',
  SECRET_BASED.title,
  SECRET_BASED.reference,
  SECRET_BASED.notes,
  '2030-12-31',
  SECRET_ADDENDUM.title,
  SECRET_ADDENDUM.reference,
  RELATION_NOTE,
  'Zorgkolom (OZJT)',
];

function expectNoSecrets(raw: string) {
  for (const secret of SECRETS) expect(raw, `"${secret}" leaked`).not.toContain(secret);
}

async function create(body: Record<string, unknown>): Promise<number> {
  const res = await t.agent.post('/api/agreements').set(t.headers).send(body);
  expect(res.status).toBe(201);
  return res.body.id as number;
}

async function relate(id: number, kind: string, otherAgreementId: number, note?: string) {
  const res = await t.agent
    .post(`/api/agreements/${id}/relations`)
    .set(t.headers)
    .send({ kind, otherAgreementId, ...(note ? { note } : {}) });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29' });
  const list = await t.agent.get('/api/agreements').query({ limit: 100 });
  for (const a of list.body.items as { id: number; title: string }[]) ids[a.title] = a.id;
  const organisations = (await t.agent.get('/api/organisations')).body as { id: number; key: string }[];
  const org = (key: string) => organisations.find((o) => o.key === key)!.id;
  ids.cover = await create({
    ...SECRET_COVER,
    parties: [
      { organisationId: org('ozjt'), role: 'controller' },
      { organisationId: org('vrt'), role: 'processor' },
    ],
  });
  ids.based = await create({
    ...SECRET_BASED,
    parties: [
      { organisationId: org('ozjt'), role: 'client' },
      { organisationId: org('vrt'), role: 'provider' },
    ],
  });
  ids.addendum = await create({ ...SECRET_ADDENDUM, parties: [{ organisationId: org('ozjt'), role: 'party' }] });
  await relate(ids.cover, 'covers', ids[SUBPROCESSOR]!, RELATION_NOTE);
  await relate(ids.based, 'based_on', ids[DVO_MUNICIPALITIES]!, RELATION_NOTE);
  await relate(ids.addendum, 'amends', ids.based);
  rtrViewer = await t.signIn({ role: 'viewer', email: 'rtr-viewer@akkoord.test', scope: ['RTR'] });
  rtrLegal = await t.signIn({ role: 'legal', email: 'rtr-legal@akkoord.test', scope: ['RTR'] });
});
afterAll(() => t.close());

interface ChainNodeJson {
  kind: string;
  id: string;
  agreementId?: number;
  restricted?: boolean;
  title?: string;
  violations?: { otherAgreementId?: number; otherRestricted?: boolean; messageCode: string; params: Record<string, unknown>; message: { nl: string; en: string } }[];
}
interface ChainEdgeJson {
  kind: string;
  source: string;
  target: string;
  relationKind?: string;
  note?: string | null;
}

describe('a user limited to RTR', () => {
  it('sees the chain continue into ZVHT and IVZ through restricted nodes, without their titles, parties or dates', async () => {
    const res = await rtrViewer.agent.get(`/api/agreements/${ids[PROCESSOR]}/chain`);
    expect(res.status).toBe(200);
    expectNoSecrets(res.text);
    const nodes = res.body.nodes as ChainNodeJson[];
    const edges = res.body.edges as ChainEdgeJson[];
    for (const id of [ids.cover, ids.based, ids.addendum]) {
      const node = nodes.find((n) => n.agreementId === id);
      expect(node, `agreement ${id} is in the chain`).toBeDefined();
      expect(Object.keys(node!).sort()).toEqual(['agreementId', 'depth', 'id', 'kind', 'restricted']);
      expect(node).toMatchObject({ kind: 'agreement', id: `agreement:${id}`, restricted: true });
      expect(edges.filter((e) => e.kind === 'party' && e.source === `agreement:${id}`)).toEqual([]);
    }
    // The links to and beyond them are still there, without their notes.
    const relations = edges.filter((e) => e.kind === 'relation').map((e) => `${e.source} ${e.relationKind} ${e.target} ${e.note}`);
    expect(relations).toEqual(
      expect.arrayContaining([
        `agreement:${ids.cover} covers agreement:${ids[SUBPROCESSOR]} null`,
        `agreement:${ids.based} based_on agreement:${ids[DVO_MUNICIPALITIES]} null`,
        `agreement:${ids.addendum} amends agreement:${ids.based} null`,
      ]),
    );
    expect(nodes.find((n) => n.agreementId === ids[PROCESSOR])).toMatchObject({ restricted: false, title: PROCESSOR });
  });

  it('reads the findings about its own agreement against a restricted cover without that cover’s details', async () => {
    const res = await rtrViewer.agent.get(`/api/agreements/${ids[SUBPROCESSOR]}/chain`);
    const sub = (res.body.nodes as ChainNodeJson[]).find((n) => n.agreementId === ids[SUBPROCESSOR])!;
    const aboutCover = sub.violations!.filter((v) => v.otherAgreementId === ids.cover);
    expect(aboutCover.map((v) => v.messageCode).sort()).toEqual(['ends_after_cover', 'regime_mismatch']);
    for (const v of aboutCover) {
      expect(v.otherRestricted).toBe(true);
      expect(Object.keys(v.params).filter((k) => k.startsWith('other'))).toEqual([]);
      expect(v.message.nl).toContain('buiten uw samenwerkingsverbanden');
      expect(v.message.en).toContain('outside your collaborations');
    }
    expect(aboutCover.find((v) => v.messageCode === 'regime_mismatch')!.message.nl).toBe(
      `‘${SUBPROCESSOR}’ valt onder de Wpg, maar de dekkende overeenkomst, die buiten uw samenwerkingsverbanden valt, onder een ander regime. Regel: zelfde wettelijk regime (AVG of Wpg) als de dekkende overeenkomst.`,
    );
    expectNoSecrets(res.text);
  });

  it('gets impact entries outside RTR as ids, with paths and explanations that name them without titles', async () => {
    const res = await rtrViewer.agent.get(`/api/agreements/${ids[DVO_MUNICIPALITIES]}/impact`).query({ on: '2026-12-31' });
    expect(res.status).toBe(200);
    expectNoSecrets(res.text);
    const items = res.body.items as {
      agreement: Record<string, unknown>;
      agreementIds: number[];
      path: { sourceTitle: string | null; targetTitle: string | null }[];
      explanation: { nl: string };
    }[];
    const based = items.find((i) => i.agreement.id === ids.based)!;
    const addendum = items.find((i) => i.agreement.id === ids.addendum)!;
    expect(based.agreement).toEqual({ restricted: true, id: ids.based });
    expect(addendum.agreement).toEqual({ restricted: true, id: ids.addendum });
    expect(addendum.agreementIds).toEqual([ids[DVO_MUNICIPALITIES], ids.based, ids.addendum]);
    expect(addendum.path.map((p) => [p.sourceTitle, p.targetTitle])).toEqual([
      [null, DVO_MUNICIPALITIES],
      [null, null],
    ]);
    expect(addendum.explanation.nl).toContain(
      `een overeenkomst buiten uw samenwerkingsverbanden (nr. ${ids.addendum}) wijzigt een overeenkomst buiten uw samenwerkingsverbanden (nr. ${ids.based})`,
    );
  });

  it('sees relations to agreements outside RTR in the agreement and its relation list as ids only', async () => {
    for (const url of [`/api/agreements/${ids[DVO_MUNICIPALITIES]}`, `/api/agreements/${ids[DVO_MUNICIPALITIES]}/relations`]) {
      const res = await rtrViewer.agent.get(url);
      expect(res.status).toBe(200);
      expectNoSecrets(res.text);
      const relations = (res.body.relations ?? res.body) as Record<string, unknown>[];
      const toBased = relations.find((r) => r.otherAgreementId === ids.based)!;
      expect(toBased).toEqual({ id: expect.any(Number), kind: 'based_on', direction: 'incoming', otherAgreementId: ids.based, restricted: true });
    }
    const own = (await rtrViewer.agent.get(`/api/agreements/${ids[DVO_MUNICIPALITIES]}/relations`)).body as Record<string, unknown>[];
    expect(own.filter((r) => !r.restricted).every((r) => typeof r.otherTitle === 'string')).toBe(true);
    expect((await rtrViewer.agent.get(`/api/agreements/${ids.based}`)).status).toBe(404);
  });

  it('reads its chain alerts about a restricted cover without that cover’s title or end', async () => {
    const res = await rtrViewer.agent.get('/api/alerts').query({ agreement: ids[SUBPROCESSOR], state: 'all', limit: 100 });
    expect(res.status).toBe(200);
    const aboutCover = (res.body.items as { key: string; explanation: { kind: string; nl: string; en: string }[] }[]).filter((a) => a.key.endsWith(`:${ids.cover}`));
    expect(aboutCover).toHaveLength(2);
    for (const alert of aboutCover) expect(alert.explanation[0]!.nl).toContain('buiten uw samenwerkingsverbanden');
    expectNoSecrets(res.text);
  });

  it('is told which agreements lose their basis when archiving, without their titles', async () => {
    const res = await rtrLegal.agent.post(`/api/agreements/${ids[DVO_MUNICIPALITIES]}/archive`).set(rtrLegal.headers).send({});
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('dependents_exist');
    expectNoSecrets(res.text);
    const based = (res.body.impact as { id: number; restricted: boolean; title: string | null }[]).find((d) => d.id === ids.based);
    expect(based).toMatchObject({ restricted: true, title: null });
  });

  it('does not find the restricted agreements through an organisation either', async () => {
    const organisations = (await t.agent.get('/api/organisations')).body as { id: number; key: string }[];
    const res = await rtrViewer.agent.get(`/api/organisations/${organisations.find((o) => o.key === 'ozjt')!.id}`);
    expect(res.status).toBe(200);
    expect(res.body.agreements).toEqual([]);
    expect(res.text).not.toContain(SECRET_COVER.title);
  });
});

describe('an unlimited user', () => {
  it('sees the same chain in full, as before', async () => {
    const res = await t.agent.get(`/api/agreements/${ids[PROCESSOR]}/chain`);
    const cover = (res.body.nodes as ChainNodeJson[]).find((n) => n.agreementId === ids.cover)!;
    expect(cover).toMatchObject({ restricted: false, title: SECRET_COVER.title, collaborationCode: 'ZVHT', endDate: '2025-06-30' });
    expect(res.text).toContain('Zorgkolom (OZJT)');
    expect(res.text).toContain(RELATION_NOTE);
    const sub = (res.body.nodes as ChainNodeJson[]).find((n) => n.agreementId === ids[SUBPROCESSOR])!;
    const regime = sub.violations!.find((v) => v.otherAgreementId === ids.cover && v.messageCode === 'regime_mismatch')!;
    expect(regime.otherRestricted).toBeUndefined();
    expect(regime.params.otherTitle).toBe(SECRET_COVER.title);
  });

  it('sees impact entries, relations and alerts with their titles', async () => {
    const impact = await t.agent.get(`/api/agreements/${ids[DVO_MUNICIPALITIES]}/impact`).query({ on: '2026-12-31' });
    expect((impact.body.items as { agreement: { id: number } }[]).find((i) => i.agreement.id === ids.based)!.agreement).toMatchObject({
      restricted: false,
      title: SECRET_BASED.title,
    });
    const relations = (await t.agent.get(`/api/agreements/${ids[DVO_MUNICIPALITIES]}/relations`)).body as Record<string, unknown>[];
    expect(relations.find((r) => r.otherAgreementId === ids.based)).toMatchObject({ restricted: false, otherTitle: SECRET_BASED.title, note: RELATION_NOTE });
    const alerts = await t.agent.get('/api/alerts').query({ agreement: ids[SUBPROCESSOR], state: 'all', limit: 100 });
    expect(alerts.text).toContain(SECRET_COVER.title);
  });
});

describe('a cycle through an agreement outside RTR', () => {
  it('is refused naming that agreement without its title', async () => {
    // Cooperation (RTR) based on the ZVHT service agreement, which is based on the municipalities' DVO (RTR):
    // the DVO based on the cooperation would close the circle.
    await relate(idOf(COOPERATION), 'based_on', idOf('based'));
    const res = await rtrLegal.agent
      .post(`/api/agreements/${ids[DVO_MUNICIPALITIES]}/relations`)
      .set(rtrLegal.headers)
      .send({ kind: 'based_on', otherAgreementId: ids[COOPERATION] });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('relation_cycle');
    expectNoSecrets(res.text);
    const titles = (res.body.cycle.relations as { sourceId: number; sourceTitle: string | null; targetId: number; targetTitle: string | null }[]).flatMap((r) => [
      [r.sourceId, r.sourceTitle],
      [r.targetId, r.targetTitle],
    ]);
    expect(titles).toContainEqual([ids.based, null]);
    expect(res.body.detail).toContain(`een overeenkomst buiten uw samenwerkingsverbanden (nr. ${ids.based})`);

    const admin = await t.agent.post(`/api/agreements/${ids[DVO_MUNICIPALITIES]}/relations`).set(t.headers).send({ kind: 'based_on', otherAgreementId: ids[COOPERATION] });
    expect(admin.status).toBe(422);
    expect(admin.text).toContain(SECRET_BASED.title);
  });
});
