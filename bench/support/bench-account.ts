import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_OUT } from './dataset.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** An empty folder `bench/out/<name>` (whatever a previous run left there is removed) for a bench's own DATA_DIR. */
export function freshBenchDataDir(name: string): string {
  const dataDir = path.join(BENCH_OUT, name);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  return dataDir;
}

/** Creates an account in `dataDir` with the account CLI, as `npm run user -- create` does (the database is made if missing). */
export function createBenchAccount(dataDir: string, email: string, password: string, role = 'legal'): void {
  const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/user.ts', 'create', '--email', email, '--password', password, '--role', role], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  if (cli.status !== 0) throw new Error(`user create failed: ${cli.stderr}${cli.stdout}`);
}
