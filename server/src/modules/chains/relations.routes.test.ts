import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainRelation } from '@akkoord/shared/chains/chain-graph';
import { findCycle, wouldCreateCycle } from '@akkoord/shared/chains/cycles';
import { RELATION_KINDS } from '@akkoord/shared/domain/enums';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29' });
  const list = await t.agent.get('/api/agreements').query({ limit: 100 });
  for (const a of list.body.items as { id: number; title: string }[]) ids[a.title] = a.id;
});
afterAll(() => t.close());

const DVO_RJ = 'Dienstverleningsovereenkomst VRT en RJ Security (RTR)';
const DVO_MUNICIPALITIES = 'Dienstverleningsovereenkomst gemeenten en VRT (RTR)';
const SUBPROCESSOR = 'Subverwerkersovereenkomst VRT en RJ Security (RTR)';
const IVZ_DVO = 'Dienstverleningsovereenkomst Platform IVZ';
const IVZ_BO = 'Bestuursovereenkomst Platform IVZ';

const auditCount = (entityType: string) => (t.deps.db.$client.prepare('SELECT count(*) AS n FROM audit_events WHERE entity_type = ?').get(entityType) as { n: number }).n;

describe('relations of an agreement', () => {
  it('lists them seen from the agreement', async () => {
    const res = await t.agent.get(`/api/agreements/${ids[DVO_RJ]}/relations`);
    expect(res.status).toBe(200);
    expect(res.body.map((r: { kind: string; direction: string; otherAgreementId: number }) => [r.kind, r.direction, r.otherAgreementId]).sort()).toEqual(
      [
        ['based_on', 'incoming', ids[SUBPROCESSOR]],
        ['based_on', 'outgoing', ids[DVO_MUNICIPALITIES]],
      ].sort(),
    );
  });

  it('adds and removes a relation, each with its audit event', async () => {
    const before = auditCount('agreement_relation');
    const added = await t.agent
      .post(`/api/agreements/${ids[IVZ_DVO]}/relations`)
      .set(t.headers)
      .send({ kind: 'based_on', otherAgreementId: ids[IVZ_BO], note: 'DVO voert de bestuursovereenkomst uit' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ kind: 'based_on', direction: 'outgoing', otherAgreementId: ids[IVZ_BO], note: 'DVO voert de bestuursovereenkomst uit' });
    const incoming = await t.agent.get(`/api/agreements/${ids[IVZ_BO]}/relations`);
    expect(incoming.body).toEqual([expect.objectContaining({ id: added.body.id, direction: 'incoming', otherAgreementId: ids[IVZ_DVO] })]);
    expect(auditCount('agreement_relation')).toBe(before + 1);
    const removed = await t.agent.delete(`/api/agreements/${ids[IVZ_BO]}/relations/${added.body.id}`).set(t.headers);
    expect(removed.status).toBe(204);
    expect(auditCount('agreement_relation')).toBe(before + 2);
    expect((await t.agent.delete(`/api/agreements/${ids[IVZ_BO]}/relations/${added.body.id}`).set(t.headers)).status).toBe(404);
  });

  it('refuses a self-relation, an unknown agreement and a duplicate', async () => {
    const self = await t.agent.post(`/api/agreements/${ids[IVZ_DVO]}/relations`).set(t.headers).send({ kind: 'amends', otherAgreementId: ids[IVZ_DVO] });
    expect(self.status).toBe(422);
    expect(self.body.errors[0].field).toBe('body.otherAgreementId');
    const unknown = await t.agent.post(`/api/agreements/${ids[IVZ_DVO]}/relations`).set(t.headers).send({ kind: 'amends', otherAgreementId: 99999 });
    expect(unknown.status).toBe(422);
    const duplicate = await t.agent.post(`/api/agreements/${ids[DVO_RJ]}/relations`).set(t.headers).send({ kind: 'based_on', otherAgreementId: ids[DVO_MUNICIPALITIES] });
    expect(duplicate.status).toBe(409);
    const badKind = await t.agent.post(`/api/agreements/${ids[DVO_RJ]}/relations`).set(t.headers).send({ kind: 'depends', otherAgreementId: ids[IVZ_BO] });
    expect(badKind.status).toBe(422);
  });

  it('refuses a cycle with 422 relation_cycle naming it', async () => {
    // The sub-processor agreement rests on the DVO with RJ Security, which rests on the DVO with the municipalities.
    const res = await t.agent.post(`/api/agreements/${ids[DVO_MUNICIPALITIES]}/relations`).set(t.headers).send({ kind: 'amends', otherAgreementId: ids[SUBPROCESSOR] });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('relation_cycle');
    expect(res.body.cycle.agreementIds).toEqual([ids[DVO_MUNICIPALITIES], ids[SUBPROCESSOR], ids[DVO_RJ], ids[DVO_MUNICIPALITIES]]);
    expect(res.body.cycle.relations.map((r: { kind: string; relationId: number | null }) => [r.kind, r.relationId === null])).toEqual([
      ['amends', true],
      ['based_on', false],
      ['based_on', false],
    ]);
    expect(res.body.detail).toContain(`‘${DVO_MUNICIPALITIES}’ wijzigt ‘${SUBPROCESSOR}’`);
    // The same dependency said twice is no cycle: the DVO with the municipalities covering the DVO with RJ Security.
    const same = await t.agent.post(`/api/agreements/${ids[DVO_MUNICIPALITIES]}/relations`).set(t.headers).send({ kind: 'covers', otherAgreementId: ids[DVO_RJ] });
    expect(same.status).toBe(201);
    await t.agent.delete(`/api/agreements/${ids[DVO_MUNICIPALITIES]}/relations/${same.body.id}`).set(t.headers);
  });

  it('relates to an archived agreement only when asked to', async () => {
    await t.agent.post(`/api/agreements/${ids[IVZ_BO]}/archive`).set(t.headers).send({});
    const refused = await t.agent.post(`/api/agreements/${ids[IVZ_DVO]}/relations`).set(t.headers).send({ kind: 'based_on', otherAgreementId: ids[IVZ_BO] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'body.allowArchived', code: 'archived_agreement' })]);
    const allowed = await t.agent.post(`/api/agreements/${ids[IVZ_DVO]}/relations`).set(t.headers).send({ kind: 'based_on', otherAgreementId: ids[IVZ_BO], allowArchived: true });
    expect(allowed.status).toBe(201);
    expect(allowed.body.otherArchived).toBe(true);
    await t.agent.delete(`/api/agreements/${ids[IVZ_DVO]}/relations/${allowed.body.id}`).set(t.headers);
    await t.agent.post(`/api/agreements/${ids[IVZ_BO]}/restore`).set(t.headers).send({});
  });
});

describe('collaboration hierarchy', () => {
  it('houses a collaboration within another and refuses cycles', async () => {
    const ok = await t.agent.put('/api/collaborations/kmt/parent').set(t.headers).send({ parentCode: 'ZVHT' });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ code: 'KMT', parentCode: 'ZVHT', ancestors: ['ZVHT'] });
    const cycle = await t.agent.put('/api/collaborations/ZVHT/parent').set(t.headers).send({ parentCode: 'KMT' });
    expect(cycle.status).toBe(422);
    expect(cycle.body.code).toBe('relation_cycle');
    expect(cycle.body.cycle.collaborationCodes).toEqual(['ZVHT', 'KMT', 'ZVHT']);
    expect((await t.agent.put('/api/collaborations/ZVHT/parent').set(t.headers).send({ parentCode: 'ZVHT' })).status).toBe(422);
    expect((await t.agent.put('/api/collaborations/ZVHT/parent').set(t.headers).send({ parentCode: 'NOPE' })).status).toBe(422);
    const kmt = await t.agent.get('/api/collaborations/KMT');
    expect(kmt.body.coveredBy.map((c: { code: string }) => c.code)).toEqual(['ZVHT']);
  });
});

describe('property: adding a relation never creates a cycle the API accepts', () => {
  it('accepts exactly the relations the reference check accepts, and what it stores stays acyclic', async () => {
    const pool = [IVZ_DVO, IVZ_BO, 'Dienstverleningsovereenkomst ZVHT', 'Bestuursovereenkomst ZVHT', 'Samenwerkings- en privacyconvenant ZVHT'].map((title) => ids[title]!);
    const relation = fc.record({ s: fc.constantFrom(...pool), kind: fc.constantFrom(...RELATION_KINDS), t: fc.constantFrom(...pool) });
    await fc.assert(
      fc.asyncProperty(fc.array(relation, { minLength: 1, maxLength: 12 }), async (attempts) => {
        t.deps.db.$client.prepare(`DELETE FROM agreement_relations WHERE source_id IN (${pool.join(',')}) OR target_id IN (${pool.join(',')})`).run();
        const accepted: ChainRelation[] = [];
        for (const { s, kind, t: target } of attempts) {
          const res = await t.agent.post(`/api/agreements/${s}/relations`).set(t.headers).send({ kind, otherAgreementId: target });
          const r = { sourceId: s, kind, targetId: target };
          const duplicate = accepted.some((x) => x.sourceId === s && x.kind === kind && x.targetId === target);
          const expected = s === target ? 422 : duplicate ? 409 : wouldCreateCycle(accepted, r) ? 422 : 201;
          expect(res.status).toBe(expected);
          if (res.status === 201) accepted.push(r);
        }
        const stored = t.deps.db.$client
          .prepare(`SELECT source_id AS sourceId, kind, target_id AS targetId FROM agreement_relations WHERE source_id IN (${pool.join(',')})`)
          .all() as ChainRelation[];
        expect(findCycle(stored)).toBeNull();
      }),
      { numRuns: 25 },
    );
  });
});
