import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest folder above this module that holds
 * `migrations/`. Works from the TypeScript sources (server/src/lib) and from
 * the bundled server (server/dist) alike.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'migrations', 'meta'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`Akkoord: geen map migrations/ gevonden boven ${from}`);
  }
}

export const REPO_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
