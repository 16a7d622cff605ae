import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATION_KINDS } from '../domain/enums.ts';
import type { ChainRelation } from './chain-graph.ts';
import { dependencyEdge } from './chain-graph.ts';
import { findCycle, wouldCreateCycle } from './cycles.ts';

const rel = (sourceId: number, kind: ChainRelation['kind'], targetId: number): ChainRelation => ({ sourceId, kind, targetId });

/** Independent acyclicity check (Kahn's algorithm on dependency edges). */
function isAcyclic(relations: readonly ChainRelation[]): boolean {
  const indegree = new Map<number, number>();
  const out = new Map<number, number[]>();
  for (const r of relations) {
    const { dependentId, basisId } = dependencyEdge(r);
    indegree.set(dependentId, indegree.get(dependentId) ?? 0);
    indegree.set(basisId, (indegree.get(basisId) ?? 0) + 1);
    out.set(dependentId, [...(out.get(dependentId) ?? []), basisId]);
  }
  const queue = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
  let removed = 0;
  while (queue.length > 0) {
    const id = queue.pop()!;
    removed++;
    for (const next of out.get(id) ?? []) {
      const d = indegree.get(next)! - 1;
      indegree.set(next, d);
      if (d === 0) queue.push(next);
    }
  }
  return removed === indegree.size;
}

/** A reported cycle is real: it starts with the new relation, uses known relations and closes. */
function expectRealCycle(cycle: NonNullable<ReturnType<typeof wouldCreateCycle>>, existing: readonly ChainRelation[], added: ChainRelation): void {
  expect(cycle.relations[0]).toEqual(added);
  for (const r of cycle.relations.slice(1)) expect(existing).toContainEqual(r);
  const edges = cycle.relations.map(dependencyEdge);
  edges.forEach((e, i) => {
    expect(cycle.agreementIds[i]).toBe(e.dependentId);
    expect(cycle.agreementIds[i + 1]).toBe(e.basisId);
  });
  expect(cycle.agreementIds.at(-1)).toBe(cycle.agreementIds[0]);
}

describe('wouldCreateCycle', () => {
  it('refuses a self-relation', () => {
    expect(wouldCreateCycle([], rel(4, 'amends', 4))).toEqual({ agreementIds: [4, 4], relations: [rel(4, 'amends', 4)] });
  });

  it('names the cycle along dependency edges', () => {
    const existing = [rel(1, 'based_on', 2), rel(2, 'amends', 3)];
    const cycle = wouldCreateCycle(existing, rel(1, 'covers', 3));
    expect(cycle).toEqual({ agreementIds: [3, 1, 2, 3], relations: [rel(1, 'covers', 3), rel(1, 'based_on', 2), rel(2, 'amends', 3)] });
  });

  it('sees no cycle where two relations say the same dependency', () => {
    // "A covers B" and "B based_on A" both make B rest on A.
    expect(wouldCreateCycle([rel(1, 'covers', 2)], rel(2, 'based_on', 1))).toBeNull();
    expect(wouldCreateCycle([rel(1, 'covers', 2)], rel(1, 'based_on', 2))).not.toBeNull();
  });

  it('never lets a cycle through, and every cycle it reports is real', () => {
    const relation = fc.record({ sourceId: fc.integer({ min: 1, max: 8 }), kind: fc.constantFrom(...RELATION_KINDS), targetId: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(relation, { maxLength: 40 }), (attempts) => {
        const accepted: ChainRelation[] = [];
        for (const r of attempts) {
          const cycle = wouldCreateCycle(accepted, r);
          expect(cycle === null).toBe(isAcyclic([...accepted, r]));
          if (cycle) expectRealCycle(cycle, accepted, r);
          else accepted.push(r);
        }
        expect(isAcyclic(accepted)).toBe(true);
        expect(findCycle(accepted)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
