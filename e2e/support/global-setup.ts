import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { hasChromium, reportMissingChromium } from './chromium.ts';
import { buildServer } from '../../scripts/build-server.mjs';
import { ensureClientBuilt } from './build-client.ts';
import { copyDataDir, createTestUser, E2E_USER, startServer } from './server.ts';
import os from 'node:os';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: boolean;
    /** A DATA_DIR holding only the e2e admin account, copied by every file that wants a server of its own. */
    templateDataDir: string;
    user: { email: string; password: string } | null;
  }
}

/** Builds the client if needed and bundles the server, starts the real server on a temporary database, stops it afterwards. */
export default async function setup(project: TestProject) {
  const chromium = hasChromium();
  project.provide('chromium', chromium);
  if (!chromium) {
    reportMissingChromium();
    project.provide('baseUrl', '');
    project.provide('user', null);
    project.provide('templateDataDir', '');
    return;
  }
  ensureClientBuilt(ROOT);
  await buildServer();
  // The account CLI runs once (about 2 s); each server of its own starts from a copy of its database.
  const templateDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-e2e-template-'));
  const hasAccounts = createTestUser(ROOT, templateDataDir);
  const dataDir = copyDataDir(templateDataDir, 'akkoord-e2e-');
  const server = await startServer(ROOT, { DATA_DIR: dataDir });
  console.log(`[e2e] server at ${server.url} (DATA_DIR ${dataDir})`);
  project.provide('baseUrl', server.url);
  project.provide('user', hasAccounts ? E2E_USER : null);
  project.provide('templateDataDir', templateDataDir);
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(templateDataDir, { recursive: true, force: true });
  };
}
