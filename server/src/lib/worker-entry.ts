import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * The module a worker thread runs. In the bundle it is `<bundledName>.mjs`
 * beside main.mjs (an entry of scripts/build-server.mjs). From the sources
 * (tests, `npm run dev`) it is TypeScript: a small ES module first registers
 * tsx in the worker thread (Node 20 does not pass the main thread's loader
 * on), then imports it. `caller` is the importing module's `import.meta.url`.
 */
export function workerEntry(caller: string, bundledName: string, sourcePath: string): URL {
  if (!caller.endsWith('.ts')) return new URL(`./${bundledName}.mjs`, caller);
  // The ES module build of tsx's API (require.resolve finds the CommonJS one, whose register() fails in a data: module).
  const tsxApi = pathToFileURL(
    createRequire(caller)
      .resolve('tsx/esm/api')
      .replace(/index\.cjs$/, 'index.mjs'),
  ).href;
  const worker = new URL(sourcePath, caller).href;
  const code = `const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
