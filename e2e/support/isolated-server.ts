import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestUser, E2E_USER, startServer } from './server.ts';

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
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-e2e-own-'));
  const hasAccounts = createTestUser(ROOT, dataDir);
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
