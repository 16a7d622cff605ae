import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { buildGraphModel } from './graph-model.ts';
import { edgePath, layoutChain } from './layout-chain.ts';
import { RTR_CHAIN } from './rtr-chain.testing.ts';

const elk = new ELK();
const texts = { role: (r: string) => r, relation: (k: string) => k };

describe('layoutChain (ELK layered, left to right)', () => {
  it('reads RTR at a glance: police → processor agreement → VRT → sub-processor agreement → RJ Security', async () => {
    const layout = await layoutChain(buildGraphModel(RTR_CHAIN, texts), elk);
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x;
    expect(x('organisation:16')).toBeLessThan(x('agreement:8'));
    expect(x('agreement:8')).toBeLessThan(x('organisation:15'));
    expect(x('organisation:15')).toBeLessThan(x('agreement:10'));
    expect(x('agreement:10')).toBeLessThan(x('organisation:24'));
  });

  it('routes every edge and places every label without overlapping a node', async () => {
    const layout = await layoutChain(buildGraphModel(RTR_CHAIN, texts), elk);
    expect(layout.width).toBeGreaterThan(0);
    for (const e of layout.edges) {
      expect(e.points.length).toBeGreaterThanOrEqual(2);
      expect(e.labelBox).not.toBeNull();
      const box = e.labelBox!;
      for (const n of layout.nodes) {
        const overlaps = box.x < n.x + n.width && box.x + box.width > n.x && box.y < n.y + n.height && box.y + box.height > n.y;
        expect(overlaps, `${e.id} label over ${n.id}`).toBe(false);
      }
    }
    // no two nodes overlap
    for (const a of layout.nodes)
      for (const b of layout.nodes) {
        if (a === b) continue;
        expect(a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y).toBe(false);
      }
  });
});

describe('edgePath', () => {
  it('draws straight segments with rounded corners', () => {
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ]),
    ).toBe('M0,0 L10,0');
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 20, y: 0 },
        { x: 20, y: 20 },
      ]),
    ).toBe('M0,0 L14,0 Q20,0 20,6 L20,20');
  });
});
