import os from 'node:os';

/**
 * The nice value of a backup's threads: below the server's requests, which
 * keep the CPU first when both want it (on a quiet machine the backup still
 * gets all the CPU that is free). On Linux this sets the calling thread only.
 */
export const BACKUP_NICE = 5;

/** Lowers the calling thread's CPU priority to {@link BACKUP_NICE} (never raises it); quietly keeps it where that is not allowed. */
export function lowerThreadPriority(): void {
  try {
    if (os.getPriority(0) < BACKUP_NICE) os.setPriority(0, BACKUP_NICE);
  } catch {
    // Not permitted here: the backup runs at the priority it has.
  }
}
