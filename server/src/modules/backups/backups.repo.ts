import { eq } from 'drizzle-orm';
import { backupRunSchema, type BackupRun } from '@akkoord/shared/schemas/backup';
import type { Db, Tx } from '../../db/client.ts';
import { settings } from '../../db/schema/index.ts';

const LAST = 'backup.last';
const LAST_SUCCESSFUL = 'backup.lastSuccessful';

function readRun(db: Db | Tx, key: string): BackupRun | null {
  const value = db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
  const parsed = backupRunSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The last scheduled backup run and the last one that wrote a verified archive (kept in `settings`). */
export function findBackupRuns(db: Db | Tx): { last: BackupRun | null; lastSuccessful: BackupRun | null } {
  return { last: readRun(db, LAST), lastSuccessful: readRun(db, LAST_SUCCESSFUL) };
}

function writeRun(tx: Db | Tx, key: string, run: BackupRun, at: string): void {
  tx.insert(settings)
    .values({ key, value: run, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value: run, updatedAt: at } })
    .run();
}

/** Records a run as the last one (and as the last successful one when it wrote a verified archive). */
export function saveBackupRun(tx: Db | Tx, run: BackupRun, at: string): void {
  writeRun(tx, LAST, run, at);
  if (run.ok && run.verified) writeRun(tx, LAST_SUCCESSFUL, run, at);
}
