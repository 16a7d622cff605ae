import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATION_KINDS } from '../domain/enums.ts';
import { agreement, graphOf } from './chain-fixtures.ts';
import type { ChainAgreement, ChainGraph, ChainRelation } from './chain-graph.ts';
import { dependencyEdge, indexChainGraph, isBasisKind } from './chain-graph.ts';
import { computeImpact, runsPast } from './impact.ts';

describe('computeImpact', () => {
  // 10 processor agreement covers 20 sub-processor; 31 DVO security based_on 30 DVO municipalities;
  // 40 addendum amends 20; 50 renews 10 (a successor does not rest on its predecessor).
  const g = graphOf(
    [
      agreement(10, { endDate: '2026-12-31' }),
      agreement(20, { endDate: '2027' }),
      agreement(30),
      agreement(31, { endDate: '2025-01-01' }),
      agreement(40, { termKind: 'indefinite' }),
      agreement(50),
    ],
    [
      [10, 'covers', 20],
      [31, 'based_on', 30],
      [40, 'amends', 20],
      [50, 'renews', 10],
      [20, 'based_on', 30],
    ],
  );

  it('lists dependents transitively with the path that explains why', () => {
    const impact = computeImpact(g, 10, '2026-06-30');
    expect(impact.map((e) => [e.agreementId, e.depth, e.certainty])).toEqual([
      [20, 1, 'certain'],
      [40, 2, 'certain'],
    ]);
    expect(impact[1]?.agreementIds).toEqual([10, 20, 40]);
    expect(impact[1]?.path).toEqual([
      { sourceId: 10, kind: 'covers', targetId: 20 },
      { sourceId: 40, kind: 'amends', targetId: 20 },
    ]);
  });

  it('leaves out what ends by then anyway and marks unknown ends as possible', () => {
    const impact = computeImpact(g, 30, '2025-06-30');
    expect(impact.map((e) => [e.agreementId, e.certainty])).toEqual([
      [20, 'certain'],
      [40, 'certain'],
    ]);
    expect(computeImpact(g, 30, '2024-06-30').map((e) => [e.agreementId, e.certainty])).toEqual([
      [31, 'certain'],
      [20, 'certain'],
      [40, 'certain'],
    ]);
    const unknownEnd = graphOf([agreement(1), agreement(2)], [[2, 'based_on', 1]]);
    expect(computeImpact(unknownEnd, 1, '2030-01-01')[0]?.certainty).toBe('possible');
  });

  it('skips archived dependents and survives cycles in stored data', () => {
    const cyclic = graphOf(
      [agreement(1), agreement(2), agreement(3, { archived: true })],
      [
        [2, 'based_on', 1],
        [1, 'based_on', 2],
        [3, 'based_on', 1],
      ],
    );
    expect(computeImpact(cyclic, 1).map((e) => e.agreementId)).toEqual([2]);
  });
});

const END_DATES = [null, '2024', '2024-06', '2024-06-15', '2025', '2025-12-31', '2030'];
const DAYS = ['2024-01-01', '2024-06-15', '2024-12-31', '2026-01-01'];

const graphArbitrary = fc
  .record({
    ends: fc.array(fc.record({ end: fc.constantFrom(...END_DATES), indefinite: fc.boolean(), archived: fc.boolean() }), { minLength: 2, maxLength: 10 }),
    edges: fc.array(fc.record({ s: fc.nat(), kind: fc.constantFrom(...RELATION_KINDS), t: fc.nat() }), { maxLength: 30 }),
  })
  .map(({ ends, edges }) => {
    const agreements: ChainAgreement[] = ends.map((e, i) =>
      agreement(i + 1, { endDate: e.indefinite ? null : e.end, termKind: e.indefinite ? 'indefinite' : 'fixed', archived: e.archived && i > 0 }),
    );
    const relations: ChainRelation[] = edges.map((e) => ({ sourceId: (e.s % ends.length) + 1, kind: e.kind, targetId: (e.t % ends.length) + 1 }));
    return indexChainGraph({ agreements, relations });
  });

/** Independently: the transitive bases of `id` (its chain), walking dependency edges through affected agreements only. */
function chainOf(g: ChainGraph, id: number, lastDay: string | undefined): Set<number> {
  const bases = new Set<number>();
  const stack = [id];
  while (stack.length > 0) {
    const at = stack.pop()!;
    for (const r of g.relations) {
      if (!isBasisKind(r.kind)) continue;
      const { dependentId, basisId } = dependencyEdge(r);
      if (dependentId !== at || bases.has(basisId)) continue;
      bases.add(basisId);
      const basis = g.byId.get(basisId)!;
      // Passing through a basis means it too loses its own basis: it must be live and still running.
      if (!basis.archived && runsPast(basis, lastDay)) stack.push(basisId);
    }
  }
  return bases;
}

describe('computeImpact properties', () => {
  it('contains exactly the affected agreements whose chain passes through X, each with a valid path', () => {
    fc.assert(
      fc.property(graphArbitrary, fc.nat(), fc.option(fc.constantFrom(...DAYS), { nil: undefined }), (g, pick, lastDay) => {
        const x = (pick % g.byId.size) + 1;
        const impact = computeImpact(g, x, lastDay);
        const ids = new Set(impact.map((e) => e.agreementId));
        for (const a of g.byId.values()) {
          if (a.id === x || a.archived || !runsPast(a, lastDay)) continue;
          expect(ids.has(a.id)).toBe(chainOf(g, a.id, lastDay).has(x));
        }
        for (const e of impact) {
          expect(e.agreementIds[0]).toBe(x);
          expect(e.agreementIds.at(-1)).toBe(e.agreementId);
          expect(e.path).toHaveLength(e.depth);
          e.path.forEach((r, i) => {
            expect(g.relations).toContainEqual(r);
            expect(dependencyEdge(r)).toEqual({ basisId: e.agreementIds[i], dependentId: e.agreementIds[i + 1] });
          });
          expect(e.certainty).toBe(runsPast(g.byId.get(e.agreementId)!, lastDay));
        }
      }),
      { numRuns: 400 },
    );
  });
});
