import { describe, expect, it } from 'vitest';
import type { Impact } from '@akkoord/shared/schemas/chain';
import { highlightFromImpact } from './impact-highlight.ts';
import { agreementIdsIn, mergeChains } from './merge-chains.ts';
import { RTR_CHAIN } from './rtr-chain.testing.ts';

describe('mergeChains', () => {
  it('unions nodes and edges by id and counts each violation once', () => {
    const other = { ...RTR_CHAIN, agreementId: 10, nodes: RTR_CHAIN.nodes.map((n) => (n.kind === 'agreement' ? { ...n, depth: n.depth + 1 } : n)) };
    const merged = mergeChains([other, RTR_CHAIN])!;
    expect(merged.nodes).toHaveLength(RTR_CHAIN.nodes.length);
    expect(merged.edges).toHaveLength(RTR_CHAIN.edges.length);
    expect(merged.counts).toEqual({ errors: 0, warnings: 1 });
    const processor = merged.nodes.find((n) => n.id === 'agreement:8');
    expect(processor?.kind === 'agreement' && processor.depth).toBe(0);
    expect(mergeChains([])).toBeNull();
    expect([...agreementIdsIn(RTR_CHAIN)].sort((a, b) => a - b)).toEqual([6, 7, 8, 9, 10]);
  });
});

describe('highlightFromImpact', () => {
  it('lights up what loses its basis and the relations on its path', () => {
    const impact: Impact = {
      agreementId: 8,
      on: '2026-12-31',
      items: [
        {
          agreement: { restricted: false, id: 10, type: 'subprocessor', title: 'Sub', collaborationCode: 'RTR', status: 'active', currentTermEnd: null },
          depth: 1,
          certainty: 'possible',
          agreementIds: [8, 10],
          path: [{ relationId: 1, sourceId: 8, kind: 'covers', targetId: 10, sourceTitle: 'VO', targetTitle: 'Sub' }],
          explanation: { nl: 'x', en: 'x' },
        },
      ],
    };
    const h = highlightFromImpact(impact);
    expect(h.ending).toBe('agreement:8');
    expect([...h.lost]).toEqual([['agreement:10', 'possible']]);
    expect([...h.pathEdges]).toEqual(['relation:1']);
  });
});
