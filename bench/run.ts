/**
 * `npm run bench [-- name ...]`: runs every bench/*.bench.ts (or those whose
 * name contains one of the arguments) one after another; each prints its figures.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_ARGS } from '../scripts/build-server.mjs';

const IN_PROCESS = new Set(['alerts.bench.ts', 'chains.bench.ts', 'reminders.bench.ts']);

const dir = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const passOn = process.argv.slice(2).filter((a) => a.startsWith('--'));
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  .sort();
let failures = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  // Benches that run the server's code in their own process (no HTTP) get the server's heap flags, so their memory
  // figures are the server's (scripts/build-server.mjs; decision 038).
  const heapFlags = IN_PROCESS.has(f) ? SERVER_NODE_ARGS.filter((a) => a !== '--enable-source-maps') : [];
  const r = spawnSync(process.execPath, [...heapFlags, '--import', 'tsx', path.join(dir, f), ...passOn], { stdio: 'inherit' });
  if (r.status !== 0) {
    failures++;
    console.log(`(${f} stopped with exit code ${r.status})`);
  }
}
process.exit(failures ? 1 : 0);
