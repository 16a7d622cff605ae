import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import supertest from 'supertest';
import type { Role } from '@akkoord/shared/domain/enums';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { closeDatabase, openDatabase } from '../db/client.ts';
import type { AppDeps } from '../deps.ts';
import { fixedClock, type Clock } from '../lib/clock.ts';
import { createLogger } from '../lib/logger.ts';
import { loadTwenteRegister } from '../seed/load-register.ts';

export interface TestApp {
  app: Express;
  deps: AppDeps;
  dir: string;
  /** A supertest agent signed in with the given role (admin by default). */
  agent: supertest.Agent;
  /** Sends a write with whatever the API requires of a signed-in browser (CSRF header). */
  headers: Record<string, string>;
  close(): void;
}

export interface TestAppOptions {
  today?: string;
  clock?: Clock;
  seed?: boolean;
  role?: Role;
  env?: Record<string, string>;
}

/**
 * The real app on a temporary SQLite file with the real migrations,
 * the Twente register loaded (unless `seed: false`) and a fixed date.
 */
export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-test-'));
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', NODE_ENV: 'test', ...opts.env });
  const clock = opts.clock ?? fixedClock(opts.today ?? '2026-11-29');
  const db = openDatabase(config.databaseFile);
  const deps: AppDeps = { db, config, clock, logger: createLogger('silent') };
  if (opts.seed !== false) loadTwenteRegister(db, { now: clock.now().toISOString(), today: clock.today() });
  const app = createApp(deps);
  const agent = supertest.agent(app);
  const headers: Record<string, string> = {};
  return {
    app,
    deps,
    dir,
    agent,
    headers,
    close() {
      closeDatabase(db);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
