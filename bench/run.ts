/**
 * `npm run bench [-- name ...]`: runs every bench/*.bench.ts (or those whose
 * name contains one of the arguments) one after another; each prints its figures.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, f), ...passOn], { stdio: 'inherit' });
  if (r.status !== 0) {
    failures++;
    console.log(`(${f} stopped with exit code ${r.status})`);
  }
}
process.exit(failures ? 1 : 0);
