import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from './backup-priority.ts';
import { createBackup, type CreateBackupOptions } from './create-backup.ts';

/*
 * A scheduled backup runs here, on a thread of its own: the snapshot is one
 * step of SQLite's backup API and the integrity check reads the whole
 * snapshot, both synchronous, and the server's requests must not wait for them.
 */
const options = workerData as CreateBackupOptions;
// Requests first: this thread yields the CPU to the server's main thread when both want it.
lowerThreadPriority();
try {
  parentPort!.postMessage({ ok: true, result: await createBackup(options) });
} catch (err) {
  parentPort!.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
}
