import type { Chain, ChainNode } from '@akkoord/shared/schemas/chain';

/**
 * One graph from the chains of several agreements (a collaboration's
 * agreements): nodes and edges by id, each agreement at its smallest
 * depth, violations counted once.
 */
export function mergeChains(chains: readonly Chain[]): Chain | null {
  const first = chains[0];
  if (!first) return null;
  const nodes = new Map<string, ChainNode>();
  const edges = new Map<string, Chain['edges'][number]>();
  for (const chain of chains) {
    for (const node of chain.nodes) {
      const seen = nodes.get(node.id);
      if (!seen || (seen.kind === 'agreement' && node.kind === 'agreement' && node.depth < seen.depth)) nodes.set(node.id, node);
    }
    for (const edge of chain.edges) edges.set(edge.id, edge);
  }
  const violations = new Map<string, 'error' | 'warning'>();
  for (const node of nodes.values()) {
    if (node.kind !== 'agreement' || node.restricted) continue;
    for (const v of node.violations) violations.set(`${v.rule}:${v.agreementId}:${v.otherAgreementId ?? ''}:${v.messageCode}`, v.severity);
  }
  const severities = [...violations.values()];
  return {
    agreementId: first.agreementId,
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: chains.some((c) => c.truncated),
    counts: { errors: severities.filter((s) => s === 'error').length, warnings: severities.filter((s) => s === 'warning').length },
  };
}

/** Agreement ids a set of chains already contains (so a collaboration needs one request per separate chain only). */
export function agreementIdsIn(chain: Chain): Set<number> {
  return new Set(chain.nodes.flatMap((n) => (n.kind === 'agreement' ? [n.agreementId] : [])));
}
