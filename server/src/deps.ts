import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import type { ReadPool } from './db/read-pool.ts';
import type { Clock } from './lib/clock.ts';
import type { FileStore } from './lib/file-store.ts';
import type { ImportCommitRunner, ImportRevertRunner } from './modules/imports/commit-job.ts';
import type { SsoConnection } from './modules/sso/oidc-provider-connection.ts';

/** What services need from the outside world; built once in main.ts (or a test) and passed down. */
export interface AppDeps {
  db: Db;
  config: Config;
  clock: Clock;
  logger: Logger;
  /** A read-only connection on a worker thread for the register list (decision 018); without it the list reads on `db`. */
  reader?: ReadPool;
  /** Where document bytes are kept; `DATA_DIR/files` when not given (decision 044). */
  files?: FileStore;
  /** Runs an import's commit on a worker thread with its own connection (decision 056); without it the commit runs on `db`. */
  importCommits?: ImportCommitRunner;
  /** Runs an import's revert on a worker thread with its own connection (decision 059); without it the revert runs on `db`. */
  importReverts?: ImportRevertRunner;
  /** The OpenID provider discovered at start-up (OIDC_ISSUER; decision 060); without it there is no single sign-on. */
  sso?: SsoConnection;
}
