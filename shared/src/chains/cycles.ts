import type { ChainRelation } from './chain-graph.ts';
import { dependencyEdge } from './chain-graph.ts';

/** A cycle of relations: `agreementIds` walks it along dependency edges and ends where it began. */
export interface ChainCycle {
  agreementIds: number[];
  relations: ChainRelation[];
}

/** Dependency adjacency: dependent id → relations that make it depend on something. */
function buildDependencyIndex(relations: readonly ChainRelation[]): Map<number, ChainRelation[]> {
  const index = new Map<number, ChainRelation[]>();
  for (const r of relations) {
    const { dependentId } = dependencyEdge(r);
    const list = index.get(dependentId);
    if (list) list.push(r);
    else index.set(dependentId, [r]);
  }
  return index;
}

/** Shortest chain of dependency edges from `fromId` to `toId`, or null when there is none. */
function findDependencyPath(index: Map<number, ChainRelation[]>, fromId: number, toId: number): ChainRelation[] | null {
  const reachedBy = new Map<number, ChainRelation | null>([[fromId, null]]);
  let frontier = [fromId];
  while (frontier.length > 0 && !reachedBy.has(toId)) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const r of index.get(id) ?? []) {
        const { basisId } = dependencyEdge(r);
        if (reachedBy.has(basisId)) continue;
        reachedBy.set(basisId, r);
        next.push(basisId);
      }
    }
    frontier = next;
  }
  if (!reachedBy.has(toId)) return null;
  const path: ChainRelation[] = [];
  for (let at = toId, r = reachedBy.get(at); r; at = dependencyEdge(r).dependentId, r = reachedBy.get(at)) path.unshift(r);
  return path;
}

/**
 * The cycle that adding `newRelation` would close, or null when it closes none.
 * Cycles are judged on dependency edges (see `dependencyEdge`): "A covers B" and
 * "B based_on A" both say B rests on A and form no cycle; "A based_on B" with
 * "B amends A" does. A self-relation is a cycle of one.
 */
export function wouldCreateCycle(relations: readonly ChainRelation[], newRelation: ChainRelation): ChainCycle | null {
  const { dependentId, basisId } = dependencyEdge(newRelation);
  if (dependentId === basisId) return { agreementIds: [dependentId, dependentId], relations: [newRelation] };
  const back = findDependencyPath(buildDependencyIndex(relations), basisId, dependentId);
  if (!back) return null;
  const agreementIds = [dependentId, basisId, ...back.map((r) => dependencyEdge(r).basisId)];
  return { agreementIds, relations: [newRelation, ...back] };
}

/** Some cycle among existing relations, or null when they form none (a reference check for stored data). */
export function findCycle(relations: readonly ChainRelation[]): ChainCycle | null {
  const accepted: ChainRelation[] = [];
  for (const r of relations) {
    const cycle = wouldCreateCycle(accepted, r);
    if (cycle) return cycle;
    accepted.push(r);
  }
  return null;
}
