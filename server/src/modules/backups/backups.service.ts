import fs from 'node:fs';
import path from 'node:path';
import type { BackupRun, BackupStatus } from '@akkoord/shared/schemas/backup';
import type { Db } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { backupFileName, BACKUP_TIME_ZONE, expiredBackups, nextBackupRun } from './backup-schedule.ts';
import { findBackupRuns, saveBackupRun } from './backups.repo.ts';
import type { BackupResult, CreateBackupOptions } from './create-backup.ts';
import { removeGently } from './pace.ts';
import { createBackupInWorker } from './run-in-worker.ts';

export type MakeBackup = (options: Omit<CreateBackupOptions, 'now'>) => Promise<BackupResult>;

/** Runs in progress, per database: one at a time. */
const running = new WeakMap<Db, Promise<BackupRun | null>>();

/** The scheduled backup that is running now, if any (shutdown waits for it). */
export function runningBackup(db: Db): Promise<BackupRun | null> | undefined {
  return running.get(db);
}

/** Removes the scheduled archives beyond the newest `keep`; returns their names. */
async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const expired = expiredBackups(await fs.promises.readdir(dir), keep);
  // An archive is as large as the database and the documents: removed in steps, so the server's writes do not wait (decision 064).
  for (const name of expired) await removeGently(path.join(dir, name));
  return expired;
}

/**
 * The daily backup (decision 054): an archive in BACKUP_DIR made on a worker
 * thread (the same code as `npm run backup`), recorded as the last run with an
 * audit event in one transaction; a verified archive lets the oldest beyond
 * BACKUP_KEEP go, a failed or unverified one keeps them all and becomes an
 * alert for admins. Null when backups are off or one is running already.
 */
export function runScheduledBackup(deps: AppDeps, opts: { make?: MakeBackup } = {}): Promise<BackupRun | null> {
  const dir = deps.config.backupDir;
  if (!dir || running.has(deps.db)) return Promise.resolve(null);
  const run = (async (): Promise<BackupRun | null> => {
    const started = deps.clock.now();
    const t0 = performance.now();
    let record: BackupRun;
    let pruned: string[] = [];
    try {
      await fs.promises.mkdir(dir, { recursive: true });
      const out = path.join(dir, backupFileName(started));
      const result = await (opts.make ?? createBackupInWorker)({
        databaseFile: deps.config.databaseFile,
        filesDir: path.join(deps.config.dataDir, 'files'),
        out,
        bytesPerSecond: deps.config.backupBytesPerSecond,
      });
      record = {
        startedAt: started.toISOString(),
        ok: true,
        fileName: path.basename(result.file),
        sizeBytes: result.sizeBytes,
        verified: result.verified,
        problems: result.problems,
        error: null,
        durationMs: result.durationMs,
        documentFiles: result.files.count,
      };
      if (result.verified) pruned = await pruneBackups(dir, deps.config.backupKeep);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      record = {
        startedAt: started.toISOString(),
        ok: false,
        fileName: null,
        sizeBytes: null,
        verified: false,
        problems: [],
        error: message.slice(0, 500),
        durationMs: Math.round(performance.now() - t0),
        documentFiles: null,
      };
    }
    if (!deps.db.$client.open) return record;
    const at = deps.clock.now().toISOString();
    deps.db.transaction((tx) => {
      saveBackupRun(tx, record, at);
      recordAudit(tx, { at, actorId: null, actorLabel: 'systeem', entityType: 'backup', entityId: record.startedAt, action: 'run', after: { ...record, pruned } });
    });
    if (record.ok && record.verified) deps.logger.info({ file: record.fileName, sizeBytes: record.sizeBytes, ms: record.durationMs, pruned }, 'backup written');
    else deps.logger.error({ error: record.error, problems: record.problems, file: record.fileName }, 'backup failed or did not verify');
    return record;
  })().finally(() => running.delete(deps.db));
  running.set(deps.db, run);
  return run;
}

/** What the admin screen shows: the schedule, the last run and the last good one. */
export function getBackupStatus(deps: AppDeps): BackupStatus {
  const { last, lastSuccessful } = findBackupRuns(deps.db);
  const enabled = deps.config.backupDir !== null;
  return {
    enabled,
    directory: deps.config.backupDir,
    time: deps.config.backupTime,
    timeZone: BACKUP_TIME_ZONE,
    keep: deps.config.backupKeep,
    nextRunAt: enabled ? (nextBackupRun(deps.config.backupTime, deps.clock.now())?.toISOString() ?? null) : null,
    running: running.has(deps.db),
    last,
    lastSuccessful,
  };
}
