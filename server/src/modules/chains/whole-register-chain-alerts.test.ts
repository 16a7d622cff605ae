import type { Alert } from '@akkoord/shared/lifecycle/alert-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../cli/generate.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { refreshDerived } from '../alerts/refresh-derived.ts';
import { buildChainGraph } from './chain-input.ts';
import { findChainAgreements, findChainParties, findRelationsTouching } from './chains.repo.ts';
import { chainAlertsOn, collectChainAlerts } from './collect-chain-alerts.ts';

/*
 * The refresh evaluates the chain rules of the whole register a chunk of
 * agreements at a time, reading each chunk's block of ids as a range and only
 * what the rules read. Here that must give exactly the alerts of the old
 * per-agreement evaluation, which read an agreement's whole neighbourhood
 * (relations of every kind both ways, every party): on a register whose
 * chains cross chunk boundaries, near and far, with archived agreements.
 */

const ON = '2026-11-29';
let t: TestApp;
let live: number[] = [];

/** One agreement's chain alerts as before: its whole neighbourhood read for it alone. */
function perAgreement(id: number): Alert[] {
  const db = t.deps.db;
  const relations = findRelationsTouching(db, [id]);
  const ids = [...new Set([id, ...relations.flatMap((r) => [r.sourceId, r.targetId])])];
  const rows = findChainAgreements(db, ids);
  const codes = new Map(rows.map((r) => [r.id, r.collaborationCode]));
  return chainAlertsOn(buildChainGraph(rows, findChainParties(db, ids), relations), [id], (x) => codes.get(x) ?? null, ON);
}

/** The register's live agreements in id order, `size` at a time (as the refresh hands them to the chain source). */
function inChunks(size: number): Alert[] {
  const alerts: Alert[] = [];
  for (let i = 0; i < live.length; i += size) alerts.push(...collectChainAlerts(t.deps.db, { on: ON, agreementIds: live.slice(i, i + size) }));
  return alerts;
}

beforeAll(async () => {
  t = await createTestApp({ today: ON });
  const sql = t.deps.db.$client;
  generateSynthetic(t.deps.db, { agreements: 400, seed: 7, today: ON });
  const ids = (sql.prepare('select id from agreements order by id').pluck().all() as number[]).slice(-400);
  const typed = (type: string) => sql.prepare('select id from agreements where type = ? and id >= ? order by id').pluck().all(type, ids[0]) as number[];
  const [processors, subprocessors] = [typed('processor'), typed('subprocessor')];
  // Far relations (neighbours in another chunk than the agreement they judge), a relation into the Twente register,
  // and archived agreements on both ends of relations.
  const relate = sql.prepare("insert or ignore into agreement_relations (source_id, kind, target_id, created_at) values (?, ?, ?, '2026-11-29T00:00:00Z')");
  relate.run(processors[0], 'covers', subprocessors.at(-1));
  relate.run(processors.at(-1), 'covers', subprocessors[0]);
  relate.run(ids.at(-3), 'based_on', ids[2]);
  relate.run(1, 'covers', ids[100]);
  relate.run(ids[200], 'based_on', 2);
  sql.prepare("update agreements set archived_at = '2026-01-01T00:00:00Z' where id in (?, ?, ?)").run(ids[50], ids[51], processors[1]);
  live = sql.prepare('select id from agreements where archived_at is null order by id').pluck().all() as number[];
});
afterAll(() => t.close());

describe('chain alerts of the whole register, chunk by chunk', () => {
  it('are exactly those of the per-agreement evaluation, whatever the chunk size', () => {
    const expected = live.flatMap(perAgreement);
    expect(expected.length).toBeGreaterThan(100);
    expect(new Set(expected.map((a) => a.reasonCode)).size).toBeGreaterThan(5);
    for (const size of [1000, 64, 7, 1]) expect(inChunks(size)).toEqual(expected);
  });

  it('are the same for agreements asked for as a scattered list', () => {
    const scattered = live.filter((_, i) => i % 3 === 0).reverse();
    expect(collectChainAlerts(t.deps.db, { on: ON, agreementIds: scattered })).toEqual(scattered.flatMap(perAgreement));
  });

  it('are what the refresh stores after a chain rule change, and a change that changes no result writes nothing', () => {
    const sql = t.deps.db.$client;
    refreshDerived(t.deps, { on: ON, onlyStale: true });
    const signature = JSON.parse(sql.prepare("select value from settings where key = 'alerts.sources'").pluck().get() as string) as string;
    sql.prepare("update settings set value = ? where key = 'alerts.sources'").run(JSON.stringify(signature.replace(/chain@\d+/, 'chain@0')));
    const result = refreshDerived(t.deps, { on: ON, onlyStale: true });
    expect(result.alerts).toEqual({ agreements: 400 + 10, alerts: 0 });
    const stored = sql
      .prepare("select key, agreement_id as agreementId, severity, reason_code as reasonCode, explanation from agreement_alerts where source = 'chain' order by key")
      .all() as { key: string; agreementId: number; severity: string; reasonCode: string; explanation: string }[];
    const expected = live
      .flatMap(perAgreement)
      .map((a) => ({ key: a.key, agreementId: a.agreementId, severity: a.severity, reasonCode: a.reasonCode, explanation: JSON.stringify(a.explanation) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    expect(stored).toEqual(expected);
  });
});
