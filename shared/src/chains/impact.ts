import type { ChainGraph, ChainRelation } from './chain-graph.ts';
import { dependencyEdge, effectiveEnd, isBasisKind, isIndefinite } from './chain-graph.ts';
import type { ChainAgreement } from './chain-graph.ts';
import type { Certainty } from './date-order.ts';
import { compareBefore } from './date-order.ts';

/** One agreement that would lose its basis, with the relations that lead to it from the ending agreement. */
export interface ImpactEntry {
  agreementId: number;
  /** Number of relations between the ending agreement and this one (the length of `path`). */
  depth: number;
  /** Whether this agreement certainly or only possibly runs past the day its basis ends. */
  certainty: Certainty;
  /** Agreement ids from the ending agreement to this one. */
  agreementIds: number[];
  /** The relations along `agreementIds`, in "source <kind> target" form. */
  path: ChainRelation[];
}

/**
 * Whether the agreement would still run after `lastDay`: certainly when it
 * ends later or never, possibly when partial or unknown dates leave it open.
 */
export function runsPast(a: ChainAgreement, lastDay: string | undefined): Certainty | null {
  if (lastDay === undefined) return 'certain';
  const end = effectiveEnd(a);
  if (end === null) return isIndefinite(a) ? 'certain' : 'possible';
  return compareBefore(lastDay, end);
}

/**
 * Everything that would lose its basis if agreement `agreementId` ended with
 * `lastDay` as its last day (omit it for "ended at all"), transitively through
 * `covers`, `based_on` and `amends`, each with a shortest path. An agreement
 * that ends by then anyway is unaffected and passes nothing on; archived ones
 * are skipped. The server computes the same with a recursive CTE.
 */
export function computeImpact(graph: ChainGraph, agreementId: number, lastDay?: string): ImpactEntry[] {
  const dependents = new Map<number, ChainRelation[]>();
  for (const r of graph.relations) {
    if (!isBasisKind(r.kind)) continue;
    const { basisId } = dependencyEdge(r);
    const list = dependents.get(basisId);
    if (list) list.push(r);
    else dependents.set(basisId, [r]);
  }
  const result: ImpactEntry[] = [];
  const seen = new Set<number>([agreementId]);
  let frontier: { id: number; agreementIds: number[]; path: ChainRelation[] }[] = [{ id: agreementId, agreementIds: [agreementId], path: [] }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const node of frontier) {
      for (const r of dependents.get(node.id) ?? []) {
        const { dependentId } = dependencyEdge(r);
        if (seen.has(dependentId)) continue;
        const dependent = graph.byId.get(dependentId);
        if (!dependent || dependent.archived) continue;
        const certainty = runsPast(dependent, lastDay);
        if (!certainty) continue;
        seen.add(dependentId);
        const entry = { id: dependentId, agreementIds: [...node.agreementIds, dependentId], path: [...node.path, r] };
        result.push({ agreementId: dependentId, depth: entry.path.length, certainty, agreementIds: entry.agreementIds, path: entry.path });
        next.push(entry);
      }
    }
    frontier = next;
  }
  return result;
}
