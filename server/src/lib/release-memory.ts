/**
 * A batch over the whole register (the reminder run at start-up and daily,
 * the lifecycle refresh on a new day) leaves tens of MB of garbage in V8's old
 * generation at 100,000 agreements: about 35 MB of resident memory that a
 * quiet server keeps until its next major collection, which may be hours
 * away. Run with `--expose-gc` (the bundled server is, scripts/build-server.mjs;
 * decision 024), one full collection right after such a batch gives it back
 * (a pause of a few tens of ms, once). Elsewhere (tests, `npm run dev`) this
 * does nothing.
 */
export function collectBatchGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === 'function') gc();
}
