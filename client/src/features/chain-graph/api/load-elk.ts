import type { ElkLike } from '../model/layout-chain.ts';

type WorkerElk = ElkLike & { terminateWorker: () => void };

let instance: Promise<WorkerElk> | null = null;

/**
 * ELK, loaded on first use and run in a Web Worker so that a large layout
 * never blocks the page: only the small API module (≈2 KB gzipped) is a JS
 * chunk; the 1.6 MB engine is a separate worker asset, fetched when the
 * first graph is drawn (same origin, so the CSP's script-src 'self' allows it).
 */
export function loadElk(): Promise<WorkerElk> {
  instance ??= Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]).then(
    ([{ default: ELK }, { default: workerUrl }]) => new ELK({ workerUrl, algorithms: ['layered'] }),
  );
  return instance;
}

/** Stops the worker (e.g. after a layout was given up); the next graph starts a fresh one. */
export function resetElk(): void {
  const current = instance;
  instance = null;
  void current?.then((elk) => elk.terminateWorker()).catch(() => undefined);
}
