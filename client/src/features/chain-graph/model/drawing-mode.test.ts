import { describe, expect, it } from 'vitest';
import type { Chain } from '@akkoord/shared/schemas/chain';
import { chooseDrawingMode, longestPathLayers } from './drawing-mode.ts';
import { buildGraphModel } from './graph-model.ts';
import { RTR_CHAIN } from './rtr-chain.testing.ts';

const texts = { role: (r: string) => r, relation: (k: string) => k };

/** A chain of `n` agreements in a line (each based on the previous), all with the same two organisations. */
function line(n: number): Chain {
  const nodes: Chain['nodes'] = [
    { kind: 'organisation', id: 'organisation:1', organisationId: 1, name: 'A', shortName: null, organisationKind: 'other' },
    { kind: 'organisation', id: 'organisation:2', organisationId: 2, name: 'B', shortName: null, organisationKind: 'other' },
  ];
  const edges: Chain['edges'] = [];
  for (let i = 1; i <= n; i++) {
    nodes.push({ ...(RTR_CHAIN.nodes[0] as Extract<Chain['nodes'][number], { kind: 'agreement' }>), id: `agreement:${i}`, agreementId: i });
    edges.push({ kind: 'party', id: `party:${i}:1`, source: `agreement:${i}`, target: 'organisation:1', role: 'controller', basis: 'stated' });
    edges.push({ kind: 'party', id: `party:${i}:2`, source: `agreement:${i}`, target: 'organisation:2', role: 'processor', basis: 'stated' });
    if (i > 1) edges.push({ kind: 'relation', id: `relation:${i}`, relationId: i, relationKind: 'based_on', source: `agreement:${i}`, target: `agreement:${i - 1}`, note: null });
  }
  return { agreementId: 1, nodes, edges, truncated: false, counts: { errors: 0, warnings: 0 } };
}

describe('drawing mode', () => {
  it('draws RTR in detail: seven layers from the cooperation agreement to the security firm', () => {
    const model = buildGraphModel(RTR_CHAIN, texts);
    expect(longestPathLayers(model)).toBe(7);
    expect(chooseDrawingMode(model)).toBe('detailed');
  });

  it('switches to an overview for a deep chain, without organisation nodes', () => {
    const chain = line(30);
    expect(longestPathLayers(buildGraphModel(chain, texts))).toBe(32);
    expect(chooseDrawingMode(buildGraphModel(chain, texts))).toBe('overview');
    const overview = buildGraphModel(chain, texts, { organisations: false });
    expect(overview.nodes.every((n) => n.node.kind === 'agreement')).toBe(true);
    expect(overview.edges.every((e) => e.kind === 'relation')).toBe(true);
    expect(overview.edges).toHaveLength(29);
  });

  it('switches to an overview beyond 150 nodes even when shallow', () => {
    const wide: Chain = { ...line(1), nodes: [...line(1).nodes] };
    for (let i = 2; i <= 160; i++) wide.nodes.push({ ...(line(1).nodes[2] as Chain['nodes'][number]), id: `agreement:${i}` } as Chain['nodes'][number]);
    expect(chooseDrawingMode(buildGraphModel(wide, texts))).toBe('overview');
  });

  it('survives cycles through organisations', () => {
    const cyclic: Chain = {
      ...RTR_CHAIN,
      edges: [...RTR_CHAIN.edges, { kind: 'party', id: 'party:10:16:controller', source: 'agreement:10', target: 'organisation:16', role: 'client', basis: 'stated' }],
    };
    expect(longestPathLayers(buildGraphModel(cyclic, texts))).toBeGreaterThan(0);
  });
});
