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
import { hashPassword } from '../modules/accounts/passwords.ts';
import { findUserByEmail, insertUser } from '../modules/accounts/users.repo.ts';
import { loadTwenteRegister } from '../seed/load-register.ts';

/** A signed-in browser: its agent keeps the session cookie; send `headers` on every write. */
export interface SignedIn {
  agent: supertest.Agent;
  /** X-CSRF-Token of the session: `t.agent.post(...).set(t.headers)`. */
  headers: Record<string, string>;
  user: { id: number; email: string; role: Role };
}

export interface TestApp extends SignedIn {
  app: Express;
  deps: AppDeps;
  dir: string;
  /** The password of every account the harness creates. */
  password: string;
  /** Signs in another browser, creating the account when needed (default e-mail `<role>@akkoord.test`). */
  signIn(opts?: { role?: Role; email?: string; scope?: string[] | null }): Promise<SignedIn>;
  close(): void;
}

export interface TestAppOptions {
  today?: string;
  clock?: Clock;
  seed?: boolean;
  /** Role of the signed-in `agent` (admin by default). */
  role?: Role;
  /** Collaboration codes the signed-in user is limited to (default: all). */
  scope?: string[] | null;
  env?: Record<string, string>;
}

export const TEST_PASSWORD = 'test-wachtwoord-akkoord';
let testHash: Promise<string> | undefined;

/**
 * The real app on a temporary SQLite file with the real migrations,
 * the Twente register loaded (unless `seed: false`), a fixed date, and an
 * agent signed in through `POST /api/session` with the given role.
 * Accounts are inserted directly (no audit event), so tests that count
 * audit events see only their own writes.
 */
export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-test-'));
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', NODE_ENV: 'test', ...opts.env });
  const clock = opts.clock ?? fixedClock(opts.today ?? '2026-11-29');
  const db = openDatabase(config.databaseFile);
  // TEST_LOG_LEVEL=error shows the server's own log (e.g. the cause of a 500) while debugging a test.
  const deps: AppDeps = { db, config, clock, logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent') };
  if (opts.seed !== false) loadTwenteRegister(db, { now: clock.now().toISOString(), today: clock.today() });
  const app = createApp(deps);
  testHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await testHash;

  const signIn: TestApp['signIn'] = async ({ role = 'admin', email, scope = null } = {}) => {
    const address = (email ?? `${role}@akkoord.test`).toLowerCase();
    const existing = findUserByEmail(db, address);
    const id =
      existing?.id ??
      insertUser(db, {
        email: address,
        name: `Test ${role}`,
        passwordHash,
        role,
        collaborationScope: scope,
        createdAt: clock.now().toISOString(),
        updatedAt: clock.now().toISOString(),
      });
    const agent = supertest.agent(app);
    const res = await agent.post('/api/session').send({ email: address, password: TEST_PASSWORD });
    if (res.status !== 200) throw new Error(`test sign-in as ${address} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { agent, headers: { 'X-CSRF-Token': res.body.csrfToken as string }, user: { id, email: address, role: existing ? (existing.role as Role) : role } };
  };

  const main = await signIn({ role: opts.role ?? 'admin', scope: opts.scope ?? null });
  return {
    ...main,
    app,
    deps,
    dir,
    password: TEST_PASSWORD,
    signIn,
    close() {
      closeDatabase(db);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
