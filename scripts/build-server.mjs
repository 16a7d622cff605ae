#!/usr/bin/env node
// The server as `npm start`, the browser tests and the benchmarks run it: its
// TypeScript and @akkoord/shared bundled by esbuild into server/dist/main.mjs
// (npm packages stay imports from node_modules), started by plain node with
// a small young generation. See docs/decisions/017-bundled-server-process.md.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SERVER_ENTRY = path.join(root, 'server/dist/main.mjs');

/**
 * What `node` runs: a few lines that turn on Node's module compile cache (Node ≥ 22.1; decision 038) before they
 * import main.mjs, so the server's code and its npm packages are compiled once and read from the cache on later
 * starts. It must come first: an import in main.mjs itself would be compiled before main.mjs could turn it on.
 * The read worker inherits the cache through NODE_COMPILE_CACHE.
 */
export const SERVER_BOOT = path.join(root, 'server/dist/boot.mjs');
const BOOT_SOURCE = `// Written by scripts/build-server.mjs: Node's compile cache first, then the server.
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
if (typeof module.enableCompileCache === 'function' && process.env.NODE_DISABLE_COMPILE_CACHE === undefined) {
  process.env.NODE_COMPILE_CACHE ??= path.join(os.tmpdir(), 'akkoord-compile-cache');
  module.enableCompileCache(process.env.NODE_COMPILE_CACHE);
}
await import('./main.mjs');
`;

/**
 * Node flags of the server process. 4 MB semi-spaces keep the young
 * generation small, and a heap growing factor of 1.5 starts a full collection
 * when the old generation has grown by half its live size (not only near
 * V8's much higher default limit), without capping it: a whole-register
 * computation can still take what it needs. At 100,000 agreements under load
 * about 140–170 MB instead of 250 MB, for about the same CPU per request.
 * `--expose-gc` lets the server collect once right after a whole-register
 * batch (server/src/lib/release-memory.ts, decision 024).
 * No `--enable-source-maps` by default (decision 038, follow-up): with it, pino's logger asks Node for its call sites
 * at start-up, which parses the whole source map, 17 MB of memory and 0.25 s of CPU before the server listens. The
 * maps are still written beside the bundle: `NODE_OPTIONS=--enable-source-maps npm start` turns them on.
 */
export const SERVER_NODE_ARGS = ['--max-semi-space-size=4', '--heap-growing-percent=50', '--expose-gc'];

/**
 * npm packages bundled into main.mjs with everything they import (decision 038): on Node 22 and 24 resolving an
 * ES module import reads package.json files up the tree each time, and express alone pulls in some sixty small
 * packages, so resolving them cost more start-up CPU than anything the server does. Packages not listed stay
 * imports from node_modules (a new dependency works as it is until someone adds it here).
 */
const BUNDLED = new Set(['express', 'express-rate-limit', 'helmet', 'path-to-regexp', 'zod', 'drizzle-orm', 'croner', 'ical-generator', 'busboy']);
/** Never bundled: native addons (and what loads them), and what reads files beside its own code at run time. */
const NEVER_BUNDLED = new Set(['better-sqlite3', 'argon2', 'bindings', 'node-gyp-build', 'pino', 'thread-stream', 'exceljs', 'pdfjs-dist', 'unpdf']);
const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

/** `node` arguments that start the bundled server. */
export const serverArgs = () => [...SERVER_NODE_ARGS, SERVER_BOOT];

/**
 * The environment of the server process: `env` with `MALLOC_ARENA_MAX=2` unless it sets its own (decision 059).
 * glibc's malloc gives every thread that allocates a memory arena of its own, up to eight per core, and hardly ever
 * returns their freed memory: each worker thread (read worker, import commit and revert, XLSX export, backup) left
 * its arena's high-water mark in the server's RSS. Two arenas: 10,000-row import 324 → 287 MB peak, 100,000-agreement
 * api bench see the decision. glibc reads it once at process start, so only a launcher can set it.
 */
export const serverEnv = (env = process.env) => ({ MALLOC_ARENA_MAX: '2', ...env });

/** Bundles server/src/main.ts into server/dist/main.mjs and the read worker beside it (about 0.1 s). */
export async function buildServer() {
  await build({
    // The read worker (decision 018), the text extraction process (decision 046), the scheduled backup's worker
    // (decision 054) with its snapshot's (053), the XLSX export's worker (052) and the import's commit worker (056)
    // are entries of their own, loaded by file beside main.mjs.
    entryPoints: {
      main: path.join(root, 'server/src/main.ts'),
      'read-worker': path.join(root, 'server/src/db/read-worker.ts'),
      'extraction-child': path.join(root, 'server/src/modules/document-text/extract/extraction-child.ts'),
      'backup-worker': path.join(root, 'server/src/modules/backups/backup-worker.ts'),
      'snapshot-worker': path.join(root, 'server/src/modules/backups/snapshot-worker.ts'),
      'xlsx-worker': path.join(root, 'server/src/http/xlsx-worker.ts'),
      'import-commit-worker': path.join(root, 'server/src/modules/imports/commit-worker.ts'),
    },
    outdir: path.dirname(SERVER_ENTRY),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    // Bundled packages are CommonJS in places: their require() of Node's modules needs a real require.
    banner: { js: "import { createRequire as __akkoordCreateRequire } from 'node:module';\nconst require = __akkoordCreateRequire(import.meta.url);" },
    plugins: [
      {
        // Node's own modules through require() rather than `import`: an ES module import of a built-in makes Node build
        // its ES module facade, which reads every export, and on Node 22 and 24 some exports are lazy getters that load
        // code nobody asked for (node:http's WebSocket loads undici, node:fs's streams): ~65 ms of start-up CPU (decision
        // 038, follow-up). Through require() a named import is read where it is used.
        name: 'node-builtins-as-require',
        setup(b) {
          b.onResolve({ filter: /^node:/ }, (args) => (args.kind === 'import-statement' ? { path: args.path, namespace: 'node-builtin' } : { path: args.path, external: true }));
          b.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
        },
      },
      {
        name: 'npm-packages',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.path.startsWith('node:') || args.path.startsWith('@akkoord/')) return undefined;
            const name = packageName(args.path);
            if (NEVER_BUNDLED.has(name)) return { path: args.path, external: true };
            // What a bundled package imports is bundled with it; the app's own imports only for the listed packages.
            if (args.importer.includes(`${path.sep}node_modules${path.sep}`) || BUNDLED.has(name)) return undefined;
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  for (const name of ['main', 'read-worker', 'extraction-child', 'backup-worker', 'snapshot-worker', 'xlsx-worker'])
    appOnlySourceMap(path.join(path.dirname(SERVER_ENTRY), `${name}.mjs.map`));
  fs.writeFileSync(SERVER_BOOT, BOOT_SOURCE);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64_INDEX.get(c) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeVlq(values) {
  let out = '';
  for (const v of values) {
    let n = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = n & 31;
      n >>>= 5;
      if (n > 0) digit |= 32;
      out += B64[digit];
    } while (n > 0);
  }
  return out;
}

/**
 * Keeps only the server's own files in a source map (decision 038): with `--enable-source-maps` Node parses the
 * whole map at start, and the bundled npm packages' mappings cost more start-up CPU and memory than bundling them
 * saved. Stack traces still name server/ and shared/ files and lines; a frame inside a package names main.mjs.
 */
function appOnlySourceMap(file) {
  if (!fs.existsSync(file)) return;
  const map = JSON.parse(fs.readFileSync(file, 'utf8'));
  const keep = map.sources.map((s) => !s.includes('node_modules/'));
  const sources = [];
  const sourcesContent = [];
  const newIndex = map.sources.map((s, i) => {
    if (!keep[i]) return -1;
    sources.push(s);
    sourcesContent.push(map.sourcesContent?.[i] ?? null);
    return sources.length - 1;
  });
  // Absolute values while reading, relative ones again while writing.
  const read = { source: 0, line: 0, column: 0, name: 0 };
  const written = { source: 0, line: 0, column: 0, name: 0 };
  const lines = map.mappings.split(';').map((line) => {
    let generatedColumn = 0;
    let lastWrittenColumn = 0;
    const kept = [];
    for (const segment of line ? line.split(',') : []) {
      const v = decodeVlq(segment);
      generatedColumn += v[0];
      if (v.length < 4) continue;
      read.source += v[1];
      read.line += v[2];
      read.column += v[3];
      if (v.length >= 5) read.name += v[4];
      const source = newIndex[read.source];
      if (source === -1) continue;
      const out = [generatedColumn - lastWrittenColumn, source - written.source, read.line - written.line, read.column - written.column];
      if (v.length >= 5) {
        out.push(read.name - written.name);
        written.name = read.name;
      }
      lastWrittenColumn = generatedColumn;
      written.source = source;
      written.line = read.line;
      written.column = read.column;
      kept.push(encodeVlq(out));
    }
    return kept.join(',');
  });
  fs.writeFileSync(file, JSON.stringify({ ...map, sources, sourcesContent, mappings: lines.join(';') }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildServer();
