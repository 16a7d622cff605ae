import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
const ids: Record<string, number> = {};
const orgs: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29' });
  const list = await t.agent.get('/api/agreements').query({ limit: 100 });
  for (const a of list.body.items as { id: number; title: string }[]) ids[a.title] = a.id;
  const organisations = await t.agent.get('/api/organisations');
  for (const o of organisations.body as { id: number; key: string }[]) orgs[o.key] = o.id;
});
afterAll(() => t.close());

const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';
const SUBPROCESSOR = 'Subverwerkersovereenkomst VRT en RJ Security (RTR)';
const DVO_RJ = 'Dienstverleningsovereenkomst VRT en RJ Security (RTR)';
const DVO_MUNICIPALITIES = 'Dienstverleningsovereenkomst gemeenten en VRT (RTR)';
const COOPERATION = 'Samenwerkingsovereenkomst politie en VRT (RTR)';
const RTR = [PROCESSOR, SUBPROCESSOR, DVO_RJ, DVO_MUNICIPALITIES, COOPERATION];

interface Node {
  kind: string;
  id: string;
  agreementId?: number;
  organisationId?: number;
  violations?: { rule: string; severity: string; messageCode: string; otherAgreementId?: number; message: { nl: string; en: string } }[];
  coversCollaborations?: string[];
  depth?: number;
}
interface Edge {
  kind: string;
  source: string;
  target: string;
  relationKind?: string;
  role?: string;
}

const a = (title: string) => `agreement:${ids[title]}`;
const o = (key: string) => `organisation:${orgs[key]}`;

describe('GET /api/agreements/:id/chain on the Twente register', () => {
  it('gives the RTR chain: police → VRT → RJ Security, with both service agreements and the cooperation agreement', async () => {
    const res = await t.agent.get(`/api/agreements/${ids[PROCESSOR]}/chain`);
    expect(res.status).toBe(200);
    const nodes = res.body.nodes as Node[];
    const edges = res.body.edges as Edge[];
    expect(
      nodes
        .filter((n) => n.kind === 'agreement')
        .map((n) => n.agreementId)
        .sort(),
    ).toEqual(RTR.map((title) => ids[title]).sort());
    expect(nodes.filter((n) => n.kind === 'organisation').map((n) => n.id)).toEqual(expect.arrayContaining([o('politie'), o('vrt'), o('rj-security')]));
    const parties = edges.filter((e) => e.kind === 'party').map((e) => `${e.source} ${e.role} ${e.target}`);
    expect(parties).toEqual(
      expect.arrayContaining([
        `${a(PROCESSOR)} controller ${o('politie')}`,
        `${a(PROCESSOR)} processor ${o('vrt')}`,
        `${a(SUBPROCESSOR)} processor ${o('vrt')}`,
        `${a(SUBPROCESSOR)} subprocessor ${o('rj-security')}`,
        `${a(DVO_MUNICIPALITIES)} provider ${o('vrt')}`,
        `${a(DVO_MUNICIPALITIES)} client ${o('enschede')}`,
        `${a(COOPERATION)} party ${o('politie')}`,
      ]),
    );
    const relations = edges.filter((e) => e.kind === 'relation').map((e) => `${e.source} ${e.relationKind} ${e.target}`);
    expect(relations).toEqual(
      expect.arrayContaining([`${a(PROCESSOR)} covers ${a(SUBPROCESSOR)}`, `${a(DVO_RJ)} based_on ${a(DVO_MUNICIPALITIES)}`, `${a(PROCESSOR)} based_on ${a(COOPERATION)}`]),
    );
    expect(res.body.truncated).toBe(false);
  });

  it('is the same chain from any RTR agreement, with the depth from where one starts', async () => {
    const res = await t.agent.get(`/api/agreements/${ids[DVO_MUNICIPALITIES]}/chain`);
    const agreements = (res.body.nodes as Node[]).filter((n) => n.kind === 'agreement');
    expect(agreements).toHaveLength(5);
    expect(agreements[0]).toMatchObject({ agreementId: ids[DVO_MUNICIPALITIES], depth: 0 });
  });

  it('checks the rules: the chain holds, except that year-only dates leave open whether sub-processing started first', async () => {
    const res = await t.agent.get(`/api/agreements/${ids[PROCESSOR]}/chain`);
    const byId = new Map((res.body.nodes as Node[]).map((n) => [n.agreementId, n]));
    expect(byId.get(ids[PROCESSOR])?.violations).toEqual([]);
    expect(byId.get(ids[SUBPROCESSOR])?.violations).toEqual([
      expect.objectContaining({ rule: 'coverage_term', severity: 'warning', messageCode: 'starts_before_cover', otherAgreementId: ids[PROCESSOR] }),
    ]);
    const [v] = byId.get(ids[SUBPROCESSOR])!.violations!;
    expect(v!.message.nl).toContain(`‘${PROCESSOR}’`);
    expect(v!.message.nl).toContain(`‘${SUBPROCESSOR}’`);
    expect(v!.message.en).toContain('Rule:');
    expect(res.body.counts).toEqual({ errors: 0, warnings: 1 });
  });

  it('shows that ZVHT agreements also cover KMT, which is housed within ZVHT', async () => {
    const res = await t.agent.get(`/api/agreements/${ids['Dienstverleningsovereenkomst ZVHT']}/chain`);
    expect(res.body.nodes[0]).toMatchObject({ kind: 'agreement', coversCollaborations: ['ZVHT', 'KMT'] });
  });

  it('answers 404 for an unknown agreement', async () => {
    expect((await t.agent.get('/api/agreements/99999/chain')).status).toBe(404);
  });
});

describe('GET /api/agreements/:id/impact', () => {
  it('lists what loses its basis transitively, each with its path', async () => {
    const res = await t.agent.get(`/api/agreements/${ids[DVO_MUNICIPALITIES]}/impact`).query({ on: '2026-12-31' });
    expect(res.status).toBe(200);
    expect(res.body.on).toBe('2026-12-31');
    const items = res.body.items as { agreement: { id: number }; depth: number; certainty: string; path: { kind: string }[]; explanation: { nl: string } }[];
    expect(items.map((i) => [i.agreement.id, i.depth, i.certainty])).toEqual([
      [ids[DVO_RJ], 1, 'possible'],
      [ids[SUBPROCESSOR], 2, 'possible'],
    ]);
    expect(items[1]!.path.map((p) => p.kind)).toEqual(['based_on', 'based_on']);
    expect(items[1]!.explanation.nl).toContain(`‘${DVO_MUNICIPALITIES}’`);
  });

  it('follows cover from the cooperation agreement through the processor agreement', async () => {
    const res = await t.agent.get(`/api/agreements/${ids[COOPERATION]}/impact`);
    expect(res.body.on).toBe('2026-11-29');
    expect(res.body.items.map((i: { agreement: { id: number } }) => i.agreement.id)).toEqual([ids[PROCESSOR], ids[SUBPROCESSOR]]);
  });

  it('rejects a malformed day', async () => {
    const res = await t.agent.get(`/api/agreements/${ids[COOPERATION]}/impact`).query({ on: '2026-02-30' });
    expect(res.status).toBe(400);
  });
});

describe('archiving an agreement others depend on', () => {
  it('answers 409 dependents_exist with the transitive impact list, and archives when confirmed', async () => {
    const refused = await t.agent.post(`/api/agreements/${ids[COOPERATION]}/archive`).set(t.headers).send({});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('dependents_exist');
    expect(refused.body.impact.map((i: { id: number }) => i.id)).toEqual([ids[PROCESSOR], ids[SUBPROCESSOR]]);
    expect(refused.body.impact[1].path.map((p: { id: number; kind: string }) => [p.id, p.kind])).toEqual([
      [ids[PROCESSOR], 'based_on'],
      [ids[SUBPROCESSOR], 'covers'],
    ]);
    const confirmed = await t.agent.post(`/api/agreements/${ids[COOPERATION]}/archive`).set(t.headers).send({ confirm: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.archived).toBe(true);
    const chain = await t.agent.get(`/api/agreements/${ids[PROCESSOR]}/chain`);
    expect((chain.body.nodes as (Node & { archived?: boolean })[]).find((n) => n.agreementId === ids[COOPERATION])?.archived).toBe(true);
    await t.agent.post(`/api/agreements/${ids[COOPERATION]}/restore`).set(t.headers).send({});
  });

  it('archives an agreement nothing rests on without asking', async () => {
    const res = await t.agent.post(`/api/agreements/${ids['Bestuursovereenkomst ZVHT']}/archive`).set(t.headers).send({});
    expect(res.status).toBe(200);
    await t.agent.post(`/api/agreements/${ids['Bestuursovereenkomst ZVHT']}/restore`).set(t.headers).send({});
  });
});

describe('access and documentation', () => {
  it('lets a viewer read chains and impact but not change relations or the hierarchy', async () => {
    const viewer = await t.signIn({ role: 'viewer' });
    expect((await viewer.agent.get(`/api/agreements/${ids[PROCESSOR]}/chain`)).status).toBe(200);
    expect((await viewer.agent.get(`/api/agreements/${ids[PROCESSOR]}/impact`)).status).toBe(200);
    const add = await viewer.agent.post(`/api/agreements/${ids[PROCESSOR]}/relations`).set(viewer.headers).send({ kind: 'amends', otherAgreementId: ids[COOPERATION] });
    expect(add.status).toBe(403);
    expect((await viewer.agent.put('/api/collaborations/KMT/parent').set(viewer.headers).send({ parentCode: null })).status).toBe(403);
  });

  it('hides the chain of an agreement outside the caller’s collaborations', async () => {
    const kmtOnly = await t.signIn({ role: 'legal', email: 'kmt@akkoord.test', scope: ['KMT'] });
    expect((await kmtOnly.agent.get(`/api/agreements/${ids[PROCESSOR]}/chain`)).status).toBe(404);
    expect((await kmtOnly.agent.get(`/api/agreements/${ids[PROCESSOR]}/impact`)).status).toBe(404);
  });

  it('documents the chain routes in OpenAPI', async () => {
    const res = await t.agent.get('/api/openapi.json');
    for (const p of [
      '/api/agreements/{id}/relations',
      '/api/agreements/{id}/relations/{relationId}',
      '/api/agreements/{id}/chain',
      '/api/agreements/{id}/impact',
      '/api/collaborations/{code}/parent',
    ]) {
      expect(res.body.paths[p], p).toBeDefined();
    }
  });
});
