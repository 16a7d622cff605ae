import { parentPort, workerData } from 'node:worker_threads';
import { closeDatabase, openDatabase } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { executeCommit } from './commit-import.ts';
import type { CommitJob, RevertJob } from './commit-job.ts';
import { executeRevert } from './revert-import.ts';

/*
 * An import's commit runs here, on a thread of its own with its own
 * connection (decision 056), and so does a revert (decision 059): each is
 * one transaction of seconds for 10,000 rows and synchronous, and the
 * server's requests must not wait for it. A commit's progress goes to the
 * main thread as messages while the transaction runs.
 */
const { file, job, kind } = workerData as { file: string } & ({ kind: 'commit'; job: CommitJob } | { kind: 'revert'; job: RevertJob });
const db = openDatabase(file, { migrate: false });
// Every insert into a table with triggers keeps a statement journal (to undo that statement alone); on disk it costs
// most of the commit (10,000 rows: ~1.5 s of CPU instead of ~0.6 s measured in isolation). This connection only
// writes the one transaction, so its temporary data stays in memory.
db.$client.pragma('temp_store = memory');
try {
  const outcome = kind === 'commit' ? await executeCommit(db, job, (progress) => parentPort!.postMessage({ type: 'progress', progress })) : executeRevert(db, job);
  parentPort!.postMessage({ type: 'done', outcome });
} catch (err) {
  parentPort!.postMessage({
    type: 'failed',
    code: err instanceof AppError ? err.code : null,
    message: err instanceof Error ? err.message : String(err),
  });
} finally {
  closeDatabase(db);
}
