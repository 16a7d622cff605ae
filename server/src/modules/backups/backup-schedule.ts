import { Cron } from 'croner';

/** Scheduled backups run by the Amsterdam clock, like the reminders (decision 054). */
export const BACKUP_TIME_ZONE = 'Europe/Amsterdam';

/** The croner pattern for "daily at HH:MM". */
export function backupPattern(time: string): string {
  const [hh, mm] = time.split(':');
  return `${Number(mm)} ${Number(hh)} * * *`;
}

/**
 * When the daily backup runs next after `from`, in Europe/Amsterdam: once a
 * day also on the days the clocks change (a time in the skipped hour of the
 * last Sunday of March runs at 03:00; a time in the repeated hour of the last
 * Sunday of October runs at its first occurrence only).
 */
export function nextBackupRun(time: string, from: Date): Date | null {
  const probe = new Cron(backupPattern(time), { timezone: BACKUP_TIME_ZONE, paused: true });
  const next = probe.nextRun(from);
  probe.stop();
  return next;
}

const NAME = /^akkoord-backup-(\d{8}T\d{6}Z)\.tar$/;

/** The archive's file name for a run starting at `at`: UTC, so the repeated October hour cannot give two runs one name, and names sort by time. */
export function backupFileName(at: Date): string {
  return `akkoord-backup-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.tar`;
}

/** The scheduled archives in a folder listing beyond the newest `keep` (other files are never touched). */
export function expiredBackups(names: readonly string[], keep: number): string[] {
  const ours = names.filter((n) => NAME.test(n)).sort();
  return ours.slice(0, Math.max(0, ours.length - keep));
}
