import { describe, expect, it } from 'vitest';
import { buildGraphModel, isUpstreamRole, wrapText, type EdgeTexts } from './graph-model.ts';
import { RTR_CHAIN } from './rtr-chain.testing.ts';

const texts: EdgeTexts = { role: (r) => r, relation: (k, reversed) => (reversed ? `${k}⁻¹` : k) };

describe('buildGraphModel', () => {
  const model = buildGraphModel(RTR_CHAIN, texts);
  const edge = (id: string) => model.edges.find((e) => e.id === id)!;

  it('draws the instructing party before the agreement and the one carrying it out after it', () => {
    expect(edge('party:8:16:controller')).toMatchObject({ source: 'organisation:16', target: 'agreement:8', label: 'controller' });
    expect(edge('party:8:15:processor')).toMatchObject({ source: 'agreement:8', target: 'organisation:15', label: 'processor' });
    // in the sub-processor agreement VRT (processor) instructs RJ Security (sub-processor)
    expect(edge('party:10:15:processor')).toMatchObject({ source: 'organisation:15', target: 'agreement:10' });
    expect(edge('party:10:24:subprocessor')).toMatchObject({ source: 'agreement:10', target: 'organisation:24' });
  });

  it('draws a covering agreement before what it covers and a basis before what rests on it', () => {
    expect(edge('relation:1')).toMatchObject({ source: 'agreement:8', target: 'agreement:10', reversed: false, label: 'covers' });
    expect(edge('relation:3')).toMatchObject({ source: 'agreement:9', target: 'agreement:10', reversed: true, label: 'based_on⁻¹' });
  });

  it('puts equal partners after their cooperation agreement (no loop between them)', () => {
    expect(edge('party:7:16:party')).toMatchObject({ source: 'agreement:7', target: 'organisation:16' });
    expect(edge('party:7:15:party')).toMatchObject({ source: 'agreement:7', target: 'organisation:15' });
  });

  it('keeps every node and edge, and drops edges to nodes the chain cut off', () => {
    expect(model.nodes).toHaveLength(RTR_CHAIN.nodes.length);
    expect(model.edges).toHaveLength(RTR_CHAIN.edges.length);
    const cut = buildGraphModel({ ...RTR_CHAIN, nodes: RTR_CHAIN.nodes.filter((n) => n.id !== 'organisation:24') }, texts);
    expect(cut.edges.some((e) => e.target === 'organisation:24' || e.source === 'organisation:24')).toBe(false);
  });
});

describe('isUpstreamRole', () => {
  it('ranks controller and client before processor and provider, processor before sub-processor', () => {
    expect(isUpstreamRole('controller', ['controller', 'processor'])).toBe(true);
    expect(isUpstreamRole('processor', ['controller', 'processor'])).toBe(false);
    expect(isUpstreamRole('processor', ['processor', 'subprocessor'])).toBe(true);
    expect(isUpstreamRole('provider', ['provider'])).toBe(true);
    expect(isUpstreamRole('party', ['party', 'party'])).toBe(false);
  });
});

describe('wrapText', () => {
  it('wraps on words and cuts what does not fit with an ellipsis', () => {
    expect(wrapText('Verwerkersovereenkomst politie en VRT (RTR)', 28, 2)).toEqual(['Verwerkersovereenkomst', 'politie en VRT (RTR)']);
    expect(wrapText('Dienstverleningsovereenkomst gemeenten en VRT (RTR) met een lange staart', 20, 2)).toEqual(['Dienstverleningsove…', 'gemeenten en VRT…']);
    expect(wrapText('Politie', 20, 1)).toEqual(['Politie']);
    expect(wrapText('', 20, 2)).toEqual([]);
  });
});
