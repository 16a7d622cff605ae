import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverArgs, serverEnv } from '../../scripts/build-server.mjs';

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

export const E2E_USER = { email: 'e2e-admin@akkoord.test', password: 'E2e-wachtwoord-lang-genoeg-42' };

/**
 * Creates the test account in the temporary DATA_DIR with the account CLI
 * (`npm run user -- create …`), when the server has accounts at all.
 */
export function createTestUser(root: string, dataDir: string): boolean {
  const cli = path.join(root, 'server/src/cli/user.ts');
  if (!fs.existsSync(cli)) return false;
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', cli, 'create', '--email', E2E_USER.email, '--password', E2E_USER.password, '--role', 'admin', '--name', 'E2E Beheerder'],
    { cwd: root, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`Creating the e2e user failed:\n${result.stdout}\n${result.stderr}`);
  return true;
}

/** A fresh temporary DATA_DIR holding a copy of `template` (a closed database, so no WAL file to miss). */
export function copyDataDir(template: string, prefix: string): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(template, dataDir, { recursive: true });
  return dataDir;
}

/** Starts the bundled server as `npm start` runs it (built by the global setup) on a free port with a temporary DATA_DIR. */
export async function startServer(root: string, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = extraEnv.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-e2e-'));
  const child = spawn(process.execPath, serverArgs(), {
    cwd: root,
    env: serverEnv({ ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production', ...extraEnv }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/(?:localhost|127\.0\.0\.1):\d+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code} before listening:\n${output}`));
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return { url: url.replace('localhost', '127.0.0.1'), dataDir, process: child, stop };
}
