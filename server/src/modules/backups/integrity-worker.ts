import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from './backup-priority.ts';
import { checkIntegrity } from './snapshot.repo.ts';

/*
 * The snapshot's `PRAGMA integrity_check` on a thread of its own (decision 053):
 * seconds of CPU on a large register, run while the archive is being written
 * instead of before it.
 */
const { file } = workerData as { file: string };
lowerThreadPriority();
try {
  parentPort!.postMessage({ ok: true, result: checkIntegrity(file) });
} catch (err) {
  parentPort!.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
}
