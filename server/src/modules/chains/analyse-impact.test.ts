import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexChainGraph, type ChainAgreement, type ChainRelation } from '@akkoord/shared/chains/chain-graph';
import { computeImpact } from '@akkoord/shared/chains/impact';
import { RELATION_KINDS } from '@akkoord/shared/domain/enums';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { analyseImpact } from './analyse-impact.ts';
import { findImpactSubgraph } from './chains.repo.ts';

let t: TestApp;
const N = 9;
const ids: number[] = [];

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  const insert = t.deps.db.$client.prepare("INSERT INTO agreements (type, title, created_at, updated_at) VALUES ('service', ?, '2026-01-01', '2026-01-01')");
  for (let i = 0; i < N; i++) ids.push(Number(insert.run(`Overeenkomst ${i}`).lastInsertRowid));
});
afterAll(() => t.close());

const END_DATES = [null, '2024', '2024-06', '2024-06-15', '2025', '2025-02', '2025-12-31', '2030'];
// Days on and just before the last day each end may stand for, where an off-by-one would show.
const DAYS = ['2024-01-01', '2024-06-15', '2024-06-29', '2024-06-30', '2024-12-31', '2025-02-28', '2025-12-31'];

describe('impact by recursive SQL', () => {
  it('finds the same agreements, depths and certainties as the shared reference, cycles in stored data included', () => {
    const agreementArb = fc.record({
      end: fc.constantFrom(...END_DATES),
      currentTermEnd: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.constantFrom('2025', '2031-03'), weight: 1 }),
      indefinite: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
      archived: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
    });
    const relationArb = fc.record({ s: fc.nat(N - 1), kind: fc.constantFrom(...RELATION_KINDS), t: fc.nat(N - 1) });
    fc.assert(
      fc.property(
        fc.array(agreementArb, { minLength: N, maxLength: N }),
        fc.uniqueArray(relationArb, { minLength: 5, maxLength: 30, selector: (r) => `${r.s}:${r.kind}:${r.t}` }),
        fc.nat(N - 1),
        fc.constantFrom(...DAYS),
        (facts, edges, pick, lastDay) => {
          const db = t.deps.db.$client;
          db.prepare('DELETE FROM agreement_relations').run();
          const update = db.prepare('UPDATE agreements SET end_date = ?, current_term_end = ?, term_kind = ?, archived_at = ? WHERE id = ?');
          const agreements: ChainAgreement[] = facts.map((f, i) => {
            const a: ChainAgreement = {
              id: ids[i]!,
              type: 'service',
              title: `Overeenkomst ${i}`,
              startDate: null,
              // Stray end dates on an indefinite agreement must not count.
              endDate: f.end,
              currentTermEnd: f.currentTermEnd,
              termKind: f.indefinite ? 'indefinite' : 'fixed',
              legalRegime: null,
              parties: [],
              archived: f.archived && i !== pick,
            };
            update.run(a.endDate, a.currentTermEnd ?? null, a.termKind, a.archived ? '2026-01-01T00:00:00Z' : null, a.id);
            return a;
          });
          const relations: ChainRelation[] = edges.map((e) => ({ sourceId: ids[e.s]!, kind: e.kind, targetId: ids[e.t]! }));
          const insert = db.prepare("INSERT INTO agreement_relations (source_id, kind, target_id, created_at) VALUES (?, ?, ?, '2026-01-01')");
          for (const r of relations) insert.run(r.sourceId, r.kind, r.targetId);

          const x = ids[pick]!;
          const reference = computeImpact(indexChainGraph({ agreements, relations }), x, lastDay);
          const fromSql = analyseImpact(t.deps.db, x, lastDay).entries;
          const summary = (es: typeof reference) => es.map((e) => [e.agreementId, e.depth, e.certainty]).sort();
          expect(summary(fromSql)).toEqual(summary(reference));
          // The SQL alone already narrows to exactly the affected agreements (no over-fetching either).
          const affected = findImpactSubgraph(t.deps.db, x, lastDay).ids.filter((id) => id !== x);
          expect(affected.sort()).toEqual(reference.map((e) => e.agreementId).sort());
        },
      ),
      { numRuns: 400 },
    );
  });
});
