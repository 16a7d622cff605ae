#!/usr/bin/env node
// The server as `npm start`, the browser tests and the benchmarks run it: its
// TypeScript and @akkoord/shared bundled by esbuild into server/dist/main.mjs
// (npm packages stay imports from node_modules), started by plain node with
// a small young generation. See docs/decisions/017-bundled-server-process.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SERVER_ENTRY = path.join(root, 'server/dist/main.mjs');

/**
 * Node flags of the server process. 4 MB semi-spaces keep the young
 * generation small, and a heap growing factor of 1.5 starts a full collection
 * when the old generation has grown by half its live size (not only near
 * V8's much higher default limit), without capping it: a whole-register
 * computation can still take what it needs. At 100,000 agreements under load
 * about 140–170 MB instead of 250 MB, for about the same CPU per request.
 * `--expose-gc` lets the server collect once right after a whole-register
 * batch (server/src/lib/release-memory.ts, decision 024).
 */
export const SERVER_NODE_ARGS = ['--max-semi-space-size=4', '--heap-growing-percent=50', '--expose-gc', '--enable-source-maps'];

/** `node` arguments that start the bundled server. */
export const serverArgs = () => [...SERVER_NODE_ARGS, SERVER_ENTRY];

/** Bundles server/src/main.ts into server/dist/main.mjs and the read worker beside it (about 0.1 s). */
export async function buildServer() {
  await build({
    // The read worker (decision 018) is its own entry: a worker thread loads it by file beside main.mjs.
    entryPoints: {
      main: path.join(root, 'server/src/main.ts'),
      'read-worker': path.join(root, 'server/src/db/read-worker.ts'),
      // The scheduled backup's worker (decision 054), beside main.mjs too.
      'backup-worker': path.join(root, 'server/src/modules/backups/backup-worker.ts'),
    },
    outdir: path.dirname(SERVER_ENTRY),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [
      {
        name: 'npm-packages-external',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@akkoord/') ? undefined : { path: args.path, external: true }));
        },
      },
    ],
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildServer();
