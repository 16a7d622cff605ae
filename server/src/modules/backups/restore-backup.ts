import fs from 'node:fs';
import path from 'node:path';
import { BackupProblem, DATABASE_ENTRY, type ArchiveHeader, type SchemaVersion } from './archive-format.ts';
import { readArchive } from './read-archive.ts';
import { checkIntegrity } from './snapshot.repo.ts';

export interface RestoreBackupOptions {
  from: string;
  dataDir: string;
  /** Replace a DATA_DIR that is not empty (it is moved aside, not deleted). */
  force?: boolean;
  newestSchema?: SchemaVersion;
  now?: () => Date;
}

export interface RestoreResult {
  dataDir: string;
  header: ArchiveHeader;
  files: number;
  bytes: number;
  /** Where the DATA_DIR that was there before went (with --force), or null. */
  movedAside: string | null;
}

async function isNonEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await fs.promises.readdir(dir)).length > 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') return true;
    throw err;
  }
}

function notEmpty(dir: string): BackupProblem {
  return new BackupProblem(
    'data_dir_not_empty',
    `${dir} is niet leeg; er is niets hersteld. Kies een lege map, of gebruik --force om de huidige inhoud opzij te zetten (${path.basename(dir)}.voor-herstel-…).`,
    `${dir} is not empty; nothing was restored. Choose an empty folder, or use --force to move its contents aside (${path.basename(dir)}.voor-herstel-…).`,
  );
}

/**
 * Restores a backup archive into DATA_DIR (decision 053): reads and verifies
 * the whole archive into a temporary folder beside DATA_DIR (every hash, the
 * schema version, `integrity_check` of the database), and only then renames
 * that folder into place — a refused archive leaves DATA_DIR as it was and
 * nothing behind. A DATA_DIR that is not empty is replaced only with `force`,
 * and then moved aside, never deleted.
 */
export async function restoreBackup(opts: RestoreBackupOptions): Promise<RestoreResult> {
  const dataDir = path.resolve(opts.dataDir);
  if (!opts.force && (await isNonEmptyDir(dataDir))) throw notEmpty(dataDir);
  const parent = path.dirname(dataDir);
  await fs.promises.mkdir(parent, { recursive: true });
  const work = await fs.promises.mkdtemp(path.join(parent, `.${path.basename(dataDir)}.herstel-`));
  try {
    const contents = await readArchive(opts.from, { into: work, ...(opts.newestSchema ? { newestSchema: opts.newestSchema } : {}) });
    const integrity = checkIntegrity(path.join(work, DATABASE_ENTRY));
    if (!integrity.ok)
      throw new BackupProblem(
        'archive_damaged',
        `De database in de back-up is beschadigd (integrity_check: ${integrity.messages[0]}); er is niets hersteld.`,
        `The database in the backup is damaged (integrity_check: ${integrity.messages[0]}); nothing was restored.`,
      );
    let movedAside: string | null = null;
    if (await isNonEmptyDir(dataDir)) {
      if (!opts.force) throw notEmpty(dataDir);
      const stamp = (opts.now ?? (() => new Date()))().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
      movedAside = `${dataDir}.voor-herstel-${stamp}`;
      await fs.promises.rename(dataDir, movedAside);
    } else {
      await fs.promises.rmdir(dataDir).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    }
    await fs.promises.rename(work, dataDir);
    return {
      dataDir,
      header: contents.header,
      files: contents.manifest.entries.filter((e) => e.path.startsWith('files/')).length,
      bytes: contents.bytes,
      movedAside,
    };
  } catch (err) {
    await fs.promises.rm(work, { recursive: true, force: true });
    throw err;
  }
}
