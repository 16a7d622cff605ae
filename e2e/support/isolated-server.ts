import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { copyDataDir, E2E_USER, startServer } from './server.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface IsolatedServer {
  url: string;
  user: { email: string; password: string } | null;
  stop: () => Promise<void>;
}

/**
 * A server of its own on a fresh DATA_DIR, for a test file that changes the
 * register (edits, new agreements): other files keep seeing the Twente
 * register exactly as loaded, in whatever order the files run.
 */
export async function startIsolatedServer(): Promise<IsolatedServer> {
  // A copy of the global setup's template: the e2e admin account and nothing else (the server loads the register).
  const dataDir = copyDataDir(inject('templateDataDir'), 'akkoord-e2e-own-');
  const hasAccounts = inject('user') !== null;
  const server = await startServer(ROOT, { DATA_DIR: dataDir });
  return {
    url: server.url,
    user: hasAccounts ? E2E_USER : null,
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
