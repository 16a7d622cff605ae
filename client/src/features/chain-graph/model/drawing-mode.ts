import type { GraphModel } from './graph-model.ts';

/**
 * Organisations are shared nodes: one "Veiligheidsregio Twente" that the
 * chain runs through. In a large or deep chain those hubs tie hundreds of
 * agreements into paths dozens of layers long, which no layered drawing
 * makes readable and which ELK needs many seconds for. Beyond these limits
 * the graph is drawn as an overview: agreements and their relations, each
 * agreement naming its parties (the table keeps every role).
 */
export const DETAILED_MAX_NODES = 150;
export const DETAILED_MAX_LAYERS = 16;

export type DrawingMode = 'detailed' | 'overview';

/** Number of nodes on the longest directed path (edges that close a cycle are ignored), i.e. the layers a layered drawing needs. */
export function longestPathLayers(model: GraphModel): number {
  const out = new Map<string, string[]>();
  for (const e of model.edges) out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
  const depth = new Map<string, number>();
  const state = new Map<string, 'open' | 'done'>();
  let longest = 0;
  for (const start of model.nodes) {
    if (state.has(start.id)) continue;
    // Iterative post-order DFS: depth(n) = 1 + max depth of its successors.
    const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    state.set(start.id, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const successors = out.get(top.id) ?? [];
      if (top.next < successors.length) {
        const s = successors[top.next++] as string;
        if (!state.has(s)) {
          state.set(s, 'open');
          stack.push({ id: s, next: 0 });
        }
        continue;
      }
      let d = 1;
      for (const s of successors) if (state.get(s) === 'done') d = Math.max(d, 1 + (depth.get(s) ?? 0));
      depth.set(top.id, d);
      state.set(top.id, 'done');
      longest = Math.max(longest, d);
      stack.pop();
    }
  }
  return longest;
}

/** Detailed (organisations as shared nodes) while the drawing stays small and shallow enough to read and to lay out quickly. */
export function chooseDrawingMode(detailed: GraphModel): DrawingMode {
  if (detailed.nodes.length > DETAILED_MAX_NODES) return 'overview';
  return longestPathLayers(detailed) > DETAILED_MAX_LAYERS ? 'overview' : 'detailed';
}
