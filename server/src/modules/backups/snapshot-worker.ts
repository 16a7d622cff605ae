import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from './backup-priority.ts';
import { checkIntegrity, snapshotDatabase } from './snapshot.repo.ts';

/*
 * The synchronous parts of a large backup on a thread of their own (decision
 * 053): the snapshot (one step of SQLite's backup API), so that the calling
 * thread can flush the copy to disk as it grows, and the snapshot's
 * `PRAGMA integrity_check`, seconds of CPU run while the archive is written.
 */
export type SnapshotTask = { task: 'snapshot'; source: string; dest: string } | { task: 'integrity'; file: string };

const job = workerData as SnapshotTask;
lowerThreadPriority();
try {
  const result = job.task === 'snapshot' ? await snapshotDatabase(job.source, job.dest) : checkIntegrity(job.file);
  parentPort!.postMessage({ ok: true, result });
} catch (err) {
  parentPort!.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
}
