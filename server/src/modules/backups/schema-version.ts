import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../../db/client.ts';
import { REPO_ROOT } from '../../lib/paths.ts';
import type { SchemaVersion } from './archive-format.ts';

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

/** The migrations this app ships (drizzle's journal), oldest first. */
export function shippedMigrations(): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return journal.entries;
}

/** The newest schema this app knows: an archive of a later one is refused (restore cannot migrate backwards). */
export function newestKnownSchema(): SchemaVersion {
  const entries = shippedMigrations();
  const last = entries[entries.length - 1];
  return { migrations: entries.length, tag: last?.tag ?? null, when: last?.when ?? 0 };
}

/** The schema version from what a database's migration table says: how many were applied and the newest's `when`. */
export function schemaVersionOf(applied: { count: number; lastWhen: number | null }): SchemaVersion {
  const when = applied.lastWhen ?? 0;
  return { migrations: applied.count, tag: shippedMigrations().find((m) => m.when === when)?.tag ?? null, when };
}

/** True when an archive's schema is newer than this app's (a migration it does not know was applied). */
export function isNewerSchema(archive: SchemaVersion, ours: SchemaVersion = newestKnownSchema()): boolean {
  return archive.when > ours.when || archive.migrations > ours.migrations;
}

/** The app's version (root package.json), written into every archive. */
export function appVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
