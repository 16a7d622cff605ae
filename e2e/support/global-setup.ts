import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { hasChromium, reportMissingChromium } from './chromium.ts';
import { buildServer } from '../../scripts/build-server.mjs';
import { ensureClientBuilt } from './build-client.ts';
import { createTestUser, E2E_USER, startServer } from './server.ts';
import os from 'node:os';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: boolean;
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
    return;
  }
  ensureClientBuilt(ROOT);
  await buildServer();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-e2e-'));
  const hasAccounts = createTestUser(ROOT, dataDir);
  const server = await startServer(ROOT, { DATA_DIR: dataDir });
  console.log(`[e2e] server at ${server.url} (DATA_DIR ${dataDir})`);
  project.provide('baseUrl', server.url);
  project.provide('user', hasAccounts ? E2E_USER : null);
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
