import type { ElkLike } from '../model/layout-chain.ts';

type WorkerElk = ElkLike & { terminateWorker: () => void };

const WARM_UP = {
  id: 'warm-up',
  layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.edgeRouting': 'ORTHOGONAL' },
  children: [
    { id: 'a', width: 40, height: 20 },
    { id: 'b', width: 40, height: 20 },
    { id: 'c', width: 40, height: 20 },
  ],
  edges: [
    { id: 'ab', sources: ['a'], targets: ['b'], labels: [{ text: 'x', width: 10, height: 10 }] },
    { id: 'bc', sources: ['b'], targets: ['c'] },
  ],
};

let instance: Promise<WorkerElk> | null = null;

/**
 * ELK, loaded on first use and run in a Web Worker so that a large layout
 * never blocks the page: only the small API module (≈2 KB gzipped) is a JS
 * chunk; the 1.6 MB engine is a separate worker asset, fetched when the
 * first graph is drawn (same origin, so the CSP's script-src 'self' allows it).
 */
export function loadElk(): Promise<WorkerElk> {
  instance ??= Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]).then(([{ default: ELK }, { default: workerUrl }]) => {
    const elk = new ELK({ workerUrl, algorithms: ['layered'] });
    // A first small layout initialises the engine while the page is still fetching the chain.
    void elk.layout(WARM_UP).catch(() => undefined);
    return elk;
  });
  return instance;
}

/** Stops the worker (e.g. after a layout was given up); the next graph starts a fresh one. */
export function resetElk(): void {
  const current = instance;
  instance = null;
  void current?.then((elk) => elk.terminateWorker()).catch(() => undefined);
}
