import type { ChainAgreement, ChainGraph, ChainRelation } from './chain-graph.ts';
import { indexChainGraph } from './chain-graph.ts';

/** Test data builders for chain rules: an agreement with sensible defaults. */
export function agreement(id: number, fields: Partial<ChainAgreement> = {}): ChainAgreement {
  return {
    id,
    type: 'service',
    title: `Overeenkomst ${id}`,
    startDate: null,
    endDate: null,
    legalRegime: null,
    parties: [],
    archived: false,
    ...fields,
  };
}

/** A graph from agreements and "source kind target" triples. */
export function graphOf(agreements: ChainAgreement[], relations: [number, ChainRelation['kind'], number][]): ChainGraph {
  return indexChainGraph({ agreements, relations: relations.map(([sourceId, kind, targetId]) => ({ sourceId, kind, targetId })) });
}

export const POLICE = 1;
export const VRT = 2;
export const RJ_SECURITY = 3;

/** The RTR chain in miniature: police → VRT (processor agreement 10) → RJ Security (sub-processor agreement 20). */
export function rtrChain(processor: Partial<ChainAgreement> = {}, subprocessor: Partial<ChainAgreement> = {}): ChainGraph {
  const p = agreement(10, {
    type: 'processor',
    title: 'Verwerkersovereenkomst politie en VRT',
    startDate: '2023',
    legalRegime: 'wpg',
    parties: [
      { organisationId: POLICE, role: 'controller' },
      { organisationId: VRT, role: 'processor' },
    ],
    ...processor,
  });
  const s = agreement(20, {
    type: 'subprocessor',
    title: 'Subverwerkersovereenkomst VRT en RJ Security',
    startDate: '2023',
    legalRegime: 'wpg',
    parties: [
      { organisationId: VRT, role: 'processor' },
      { organisationId: RJ_SECURITY, role: 'subprocessor' },
    ],
    ...subprocessor,
  });
  return graphOf([p, s], [[10, 'covers', 20]]);
}
