import type { ElkLike } from '../model/layout-chain.ts';

let instance: Promise<ElkLike> | null = null;

/**
 * ELK, loaded on first use and run in a Web Worker so that a large layout
 * never blocks the page: only the small API module (≈2 KB gzipped) is a JS
 * chunk; the 1.6 MB engine is a separate worker asset, fetched when the
 * first graph is drawn (same origin, so the CSP's script-src 'self' allows it).
 */
export function loadElk(): Promise<ElkLike> {
  instance ??= Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]).then(
    ([{ default: ELK }, { default: workerUrl }]) => new ELK({ workerUrl, algorithms: ['layered'] }),
  );
  return instance;
}
