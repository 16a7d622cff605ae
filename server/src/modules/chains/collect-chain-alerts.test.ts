import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { collectChainAlerts } from './collect-chain-alerts.ts';

let t: TestApp;
const ids: Record<string, number> = {};
beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29' });
  const list = await t.agent.get('/api/agreements').query({ limit: 100 });
  for (const a of list.body.items as { id: number; title: string }[]) ids[a.title] = a.id;
});
afterAll(() => t.close());

const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';
const SUBPROCESSOR = 'Subverwerkersovereenkomst VRT en RJ Security (RTR)';

describe('collectChainAlerts', () => {
  it('reports the Twente register’s chain findings as chain alerts naming both agreements', () => {
    const alerts = collectChainAlerts(t.deps.db, { on: '2026-11-29' });
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: 'chain',
        severity: 'low',
        reasonCode: 'starts_before_cover',
        key: `chain:${ids[SUBPROCESSOR]}:starts_before_cover:${ids[PROCESSOR]}`,
        agreementId: ids[SUBPROCESSOR],
        collaborationCode: 'RTR',
      }),
    ]);
    const [message] = alerts[0]!.explanation as { kind: string; nl: string; en: string }[];
    expect(message!.nl).toContain(`‘${PROCESSOR}’`);
    expect(message!.en).toContain(`‘${SUBPROCESSOR}’`);
  });

  it('reports a certain break as a high alert once the cover ends before the sub-processing', async () => {
    const processor = await t.agent.get(`/api/agreements/${ids[PROCESSOR]}`);
    await t.agent.patch(`/api/agreements/${ids[PROCESSOR]}`).set(t.headers).send({ version: processor.body.version, termKind: 'fixed', endDate: '2025-12-31' });
    const subprocessor = await t.agent.get(`/api/agreements/${ids[SUBPROCESSOR]}`);
    await t.agent.patch(`/api/agreements/${ids[SUBPROCESSOR]}`).set(t.headers).send({ version: subprocessor.body.version, termKind: 'fixed', endDate: '2026-06-30' });
    const alerts = collectChainAlerts(t.deps.db, { on: '2026-11-29', agreementIds: [ids[SUBPROCESSOR]!] });
    expect(alerts.map((a) => [a.reasonCode, a.severity])).toEqual([
      ['starts_before_cover', 'low'],
      ['ends_after_cover', 'high'],
    ]);
  });
});

describe('dirty marks for chain alerts', () => {
  it('marks the neighbours of an agreement whose dates or parties change', async () => {
    const db = t.deps.db.$client;
    db.prepare('DELETE FROM alert_dirty').run();
    const processor = await t.agent.get(`/api/agreements/${ids[PROCESSOR]}`);
    await t.agent.patch(`/api/agreements/${ids[PROCESSOR]}`).set(t.headers).send({ version: processor.body.version, endDate: '2027-12-31' });
    const dirty = (db.prepare('SELECT agreement_id AS id FROM alert_dirty').all() as { id: number }[]).map((r) => r.id);
    expect(dirty).toEqual(expect.arrayContaining([ids[PROCESSOR], ids[SUBPROCESSOR], ids['Samenwerkingsovereenkomst politie en VRT (RTR)']]));
  });
});

describe('chain alerts in GET /api/alerts', () => {
  it('lists chain alerts and rewrites a covered agreement’s alert when its cover changes', async () => {
    const list = async () =>
      ((await t.agent.get('/api/alerts').query({ kind: 'chain', limit: 500 })).body.items as { agreementId: number; reasonCode: string; severity: string }[]).filter(
        (a) => a.agreementId === ids[SUBPROCESSOR],
      );
    const before = await list();
    expect(before.map((a) => a.reasonCode)).toContain('starts_before_cover');
    // The cover now ends after the sub-processing: the "ends after cover" alert must go, though only the cover changed.
    const processor = await t.agent.get(`/api/agreements/${ids[PROCESSOR]}`);
    const res = await t.agent.patch(`/api/agreements/${ids[PROCESSOR]}`).set(t.headers).send({ version: processor.body.version, endDate: '2030-12-31' });
    expect(res.status).toBe(200);
    expect((await list()).map((a) => a.reasonCode)).not.toContain('ends_after_cover');
    const later = await t.agent.get(`/api/agreements/${ids[PROCESSOR]}`);
    await t.agent.patch(`/api/agreements/${ids[PROCESSOR]}`).set(t.headers).send({ version: later.body.version, endDate: '2026-01-31' });
    expect((await list()).map((a) => [a.reasonCode, a.severity])).toContainEqual(['ends_after_cover', 'high']);
  });
});
