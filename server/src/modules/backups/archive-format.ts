import { z } from 'zod';

/*
 * The backup archive (decision 053): a plain POSIX tar (ustar/pax, written by
 * tar-stream) with, in this order,
 *   akkoord-backup.json   what this is: format, app version, schema version, when
 *   akkoord.db            the SQLite snapshot (online backup API)
 *   files/…               every file under DATA_DIR/files/ (the documents), as stored
 *   manifest.json         the header's fields again plus size and SHA-256 of every entry above
 * The manifest comes last so each file is read once: its hash is computed while it
 * is written. `tar -xf` opens it with any tool; `sha256sum` checks it by hand.
 */

export const ARCHIVE_FORMAT = 'akkoord-backup';
export const ARCHIVE_FORMAT_VERSION = 1;
export const HEADER_ENTRY = 'akkoord-backup.json';
export const DATABASE_ENTRY = 'akkoord.db';
export const FILES_PREFIX = 'files/';
export const MANIFEST_ENTRY = 'manifest.json';

/** The last migration applied to a database: what "schema version" means for a backup. */
export const schemaVersionSchema = z.object({
  /** How many migrations were applied. */
  migrations: z.number().int().min(0),
  /** The drizzle journal's tag of the last one (e.g. `0010_outbox_cancelled`), null when this app does not know it. */
  tag: z.string().nullable(),
  /** The journal's `when` of the last one (drizzle's order of migrations). */
  when: z.number().int().min(0),
});
export type SchemaVersion = z.infer<typeof schemaVersionSchema>;

export const archiveHeaderSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  appVersion: z.string(),
  schema: schemaVersionSchema,
});
export type ArchiveHeader = z.infer<typeof archiveHeaderSchema>;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
export const manifestEntrySchema = z.object({ path: z.string(), size: z.number().int().min(0), sha256: sha256Schema });
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = archiveHeaderSchema.extend({
  /** The header entry, the database and every file, in archive order. */
  entries: z.array(manifestEntrySchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Limits for the JSON entries: a hostile archive cannot make the reader hold more than this. */
export const HEADER_MAX_BYTES = 64 * 1024;
export const MANIFEST_MAX_BYTES = 256 * 1024 * 1024;

/** Entry names a backup may hold: the header, the database, the manifest and plain relative paths under files/. */
export function isAllowedEntryName(name: string): boolean {
  if (name === HEADER_ENTRY || name === DATABASE_ENTRY || name === MANIFEST_ENTRY) return true;
  if (!name.startsWith(FILES_PREFIX) || name.length > 1024) return false;
  const parts = name.slice(FILES_PREFIX.length).split('/');
  return parts.every((p) => p.length > 0 && p !== '.' && p !== '..' && /^[A-Za-z0-9._-]+$/.test(p));
}

export type BackupProblemCode = 'archive_foreign' | 'archive_damaged' | 'archive_truncated' | 'archive_newer_schema' | 'archive_unreadable' | 'data_dir_not_empty';

/** Why an archive is refused (or a restore cannot go ahead), in Dutch and English; nothing was restored. */
export class BackupProblem extends Error {
  constructor(
    readonly code: BackupProblemCode,
    readonly nl: string,
    readonly en: string,
  ) {
    super(`${nl}\n${en}`);
  }
}
