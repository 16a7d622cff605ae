import { parentPort, workerData } from 'node:worker_threads';
import { closeDatabase, openDatabase } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { executeCommit } from './commit-import.ts';
import type { CommitJob } from './commit-job.ts';

/*
 * An import's commit runs here, on a thread of its own with its own
 * connection (decision 056): its one transaction takes seconds for 10,000
 * rows and is synchronous, and the server's requests must not wait for it.
 * Progress goes to the main thread as messages while the transaction runs.
 */
const { file, job } = workerData as { file: string; job: CommitJob };
const db = openDatabase(file, { migrate: false });
// Every insert into a table with triggers keeps a statement journal (to undo that statement alone); on disk it costs
// most of the commit (10,000 rows: ~1.5 s of CPU instead of ~0.6 s measured in isolation). This connection only
// writes the one transaction, so its temporary data stays in memory.
db.$client.pragma('temp_store = memory');
try {
  const outcome = await executeCommit(db, job, (progress) => parentPort!.postMessage({ type: 'progress', progress }));
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
