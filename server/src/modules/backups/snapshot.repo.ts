import Database from 'better-sqlite3';

/*
 * The SQL a backup runs on SQLite files of its own (a snapshot, a restored
 * database), outside drizzle: the online backup API, the integrity check, the
 * migration table and the document hashes.
 */

/**
 * Copies the live database into `dest` with SQLite's online backup API, from a
 * connection of its own, all pages in one step: one read transaction, so a
 * consistent snapshot even while other connections write (in WAL mode writers
 * are not blocked by a reader; stepping page by page from a second connection
 * would restart on every write and might never finish). Runs where blocking is
 * harmless: the CLI or the backup worker thread.
 */
export async function snapshotDatabase(sourceFile: string, dest: string): Promise<void> {
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(dest, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

export interface SnapshotFacts {
  appliedMigrations: { count: number; lastWhen: number | null };
  /** SHA-256 of every document version the database refers to (none when it has no documents table). */
  referencedFiles: Set<string>;
}

export interface IntegrityResult {
  /** `PRAGMA integrity_check` said ok. */
  ok: boolean;
  /** Its first messages ("ok" when it found nothing). */
  messages: string[];
}

/** Reads what a backup needs to know about a (snapshot or restored) database file, read-only: its migrations and the document files it names. */
export function inspectSnapshot(file: string): SnapshotFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hasTable = (name: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
    const appliedMigrations = hasTable('__drizzle_migrations')
      ? (db.prepare('SELECT count(*) AS count, max(created_at) AS lastWhen FROM __drizzle_migrations').get() as { count: number; lastWhen: number | null })
      : { count: 0, lastWhen: null };
    const referencedFiles = new Set<string>();
    if (hasTable('document_versions')) for (const h of db.prepare('SELECT DISTINCT sha256 FROM document_versions').pluck().iterate()) referencedFiles.add(String(h));
    return {
      appliedMigrations: { count: Number(appliedMigrations.count), lastWhen: appliedMigrations.lastWhen === null ? null : Number(appliedMigrations.lastWhen) },
      referencedFiles,
    };
  } finally {
    db.close();
  }
}

/** `PRAGMA integrity_check` of a database file no one else writes (a snapshot, a restored database), read-only; synchronous, seconds on a large register. */
export function checkIntegrity(file: string): IntegrityResult {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const messages = (db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]).map((r) => r.integrity_check);
    return { ok: messages.length === 1 && messages[0] === 'ok', messages: messages.slice(0, 10) };
  } finally {
    db.close();
  }
}
