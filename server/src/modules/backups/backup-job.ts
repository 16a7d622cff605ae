import { Cron } from 'croner';
import type { StartupHook } from '../../startup.ts';
import { backupPattern, BACKUP_TIME_ZONE } from './backup-schedule.ts';
import { runningBackup, runScheduledBackup } from './backups.service.ts';

/** Start-up hook: schedules the daily backup at BACKUP_TIME (Europe/Amsterdam) when BACKUP_DIR is set (decision 054). */
export const startBackupJob: StartupHook = (deps) => {
  const { backupDir, backupTime, backupKeep } = deps.config;
  if (!backupDir) return { message: 'Back-ups: geen BACKUP_DIR ingesteld, dus geen dagelijkse back-up; maak er een met npm run backup -- --out BESTAND.' };
  const job = new Cron(
    backupPattern(backupTime),
    { timezone: BACKUP_TIME_ZONE, protect: true, catch: (err: unknown) => deps.logger.error({ err }, 'backup job failed') },
    async () => {
      if (deps.db.$client.open) await runScheduledBackup(deps);
    },
  );
  return {
    message: `Back-ups: dagelijks om ${backupTime} (${BACKUP_TIME_ZONE}) in ${backupDir}; de laatste ${backupKeep} blijven bewaard.`,
    stop: async () => {
      job.stop();
      await runningBackup(deps.db);
    },
  };
};
