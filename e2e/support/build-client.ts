import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Builds client/dist when it is missing or older than any client or shared source file. */
export function ensureClientBuilt(root: string): void {
  const dist = path.join(root, 'client/dist/index.html');
  const sources = ['client/src', 'client/index.html', 'client/vite.config.ts', 'client/public', 'shared/src'].map((p) => path.join(root, p)).filter((p) => fs.existsSync(p));
  const builtAt = fs.existsSync(dist) ? fs.statSync(dist).mtimeMs : 0;
  const sourcesAt = Math.max(...sources.map(newestMtime));
  if (builtAt >= sourcesAt) return;
  console.log('[e2e] building the client (client/dist is missing or stale)…');
  // A production build, as users get it: vitest sets NODE_ENV=test, with which Vite builds React's development bundle
  // (782 KB instead of 560 KB, several times slower to start), and the client bench reuses what the e2e run built.
  execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
