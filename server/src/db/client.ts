import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { REPO_ROOT } from '../lib/paths.ts';
import * as schema from './schema/index.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle; better-sqlite3 transactions are synchronous: never await inside one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'migrations');

/** Opens (creating if needed) the SQLite file with WAL and foreign keys on, and applies pending migrations. */
export function openDatabase(file: string, opts: { migrate?: boolean } = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle(sqlite, { schema }) as Db;
  if (opts.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  // Lets the planner pick indexes from fresh statistics (cheap; recommended on open).
  sqlite.pragma('optimize=0x10002');
  return db;
}

/** Closes the underlying SQLite handle (checkpointing the WAL). */
export function closeDatabase(db: Db): void {
  if (db.$client.open) db.$client.close();
}
