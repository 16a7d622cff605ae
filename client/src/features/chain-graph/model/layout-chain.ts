import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { GraphEdge, GraphModel, GraphNode } from './graph-model.ts';

export interface Point {
  x: number;
  y: number;
}

export interface PositionedNode extends GraphNode {
  x: number;
  y: number;
}

export interface PositionedEdge extends GraphEdge {
  points: Point[];
  labelBox: { x: number; y: number; width: number; height: number } | null;
}

export interface ChainLayout {
  nodes: PositionedNode[];
  edges: PositionedEdge[];
  width: number;
  height: number;
}

/** The part of ELK the layout needs (a worker-backed or in-process instance). */
export type ElkLike = Pick<ELK, 'layout'>;

export const LABEL_FONT = { size: 10.5, charWidth: 5.9, height: 15 } as const;

/** Layered, left to right, orthogonal edges with their labels placed by ELK (no overlaps). */
export const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.spacing.nodeNodeBetweenLayers': '28',
  'elk.layered.spacing.edgeNodeBetweenLayers': '10',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  'elk.spacing.nodeNode': '22',
  'elk.spacing.edgeNode': '12',
  'elk.spacing.edgeEdge': '8',
  'elk.spacing.edgeLabel': '3',
  'elk.spacing.componentComponent': '40',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.padding': '[top=28,left=16,bottom=16,right=16]',
};

/** Above this many nodes the layout trades polish for speed (measured: bench/timeline.bench.ts). */
export const LARGE_GRAPH_NODES = 60;

/** One crossing-minimisation pass and no model-order bookkeeping for large graphs: 500 nodes in about 300 ms instead of 2 s. */
export function layoutOptionsFor(nodeCount: number): Record<string, string> {
  if (nodeCount <= LARGE_GRAPH_NODES) return LAYOUT_OPTIONS;
  return { ...LAYOUT_OPTIONS, 'elk.layered.thoroughness': '1', 'elk.layered.considerModelOrder.strategy': 'NONE' };
}

export function labelWidth(text: string): number {
  return Math.ceil(text.length * LABEL_FONT.charWidth + 8);
}

/**
 * Role labels at the organisation's end of a party edge. Relation labels
 * mid-edge in small graphs; in large ones at the edge's start, because ELK
 * turns every mid-edge label into an extra node (4× slower at 500 nodes).
 */
function labelPlacement(e: GraphEdge, large: boolean): 'HEAD' | 'TAIL' | 'CENTER' {
  if (e.kind === 'relation') return large ? 'TAIL' : 'CENTER';
  return e.source.startsWith('organisation:') ? 'TAIL' : 'HEAD';
}

/** Converts the model to ELK's JSON graph: nodes in model order (ELK keeps it where it can), labelled edges. */
export function toElkGraph(model: GraphModel): ElkNode {
  const large = model.nodes.length > LARGE_GRAPH_NODES;
  return {
    id: 'root',
    layoutOptions: layoutOptionsFor(model.nodes.length),
    children: model.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: model.edges.map((e): ElkExtendedEdge => ({
      id: e.id,
      sources: [e.source],
      targets: [e.target],
      labels: [
        { id: `${e.id}:label`, text: e.label, width: labelWidth(e.label), height: LABEL_FONT.height, layoutOptions: { 'elk.edgeLabels.placement': labelPlacement(e, large) } },
      ],
    })),
  };
}

/** Lays the chain out with ELK and returns positions, edge routes and label boxes. */
export async function layoutChain(model: GraphModel, elk: ElkLike): Promise<ChainLayout> {
  const result = await elk.layout(toElkGraph(model));
  const positions = new Map((result.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
  const routes = new Map((result.edges ?? []).map((e) => [e.id, e]));
  const nodes = model.nodes.map((n) => ({ ...n, ...(positions.get(n.id) ?? { x: 0, y: 0 }) }));
  const edges = model.edges.map((e): PositionedEdge => {
    const routed = routes.get(e.id);
    const points: Point[] = [];
    for (const s of routed?.sections ?? []) {
      points.push(s.startPoint, ...(s.bendPoints ?? []), s.endPoint);
    }
    const label = routed?.labels?.[0];
    return {
      ...e,
      points,
      labelBox: label ? { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } : null,
    };
  });
  return { nodes, edges, width: result.width ?? 0, height: result.height ?? 0 };
}

/** An SVG path through the route with softly rounded corners. */
export function edgePath(points: readonly Point[], radius = 6): string {
  if (points.length === 0) return '';
  const first = points[0] as Point;
  let d = `M${first.x},${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const prev = points[i - 1] as Point;
    const next = points[i + 1];
    if (!next) {
      d += ` L${p.x},${p.y}`;
      break;
    }
    const r = Math.min(radius, Math.hypot(p.x - prev.x, p.y - prev.y) / 2, Math.hypot(next.x - p.x, next.y - p.y) / 2);
    const inX = p.x - Math.sign(p.x - prev.x) * r;
    const inY = p.y - Math.sign(p.y - prev.y) * r;
    const outX = p.x + Math.sign(next.x - p.x) * r;
    const outY = p.y + Math.sign(next.y - p.y) * r;
    d += ` L${inX},${inY} Q${p.x},${p.y} ${outX},${outY}`;
  }
  return d;
}
