import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@akkoord/shared/errors';
import { AppError } from '../../http/errors.ts';
import type { CommitOutcome, CommitProgress, ImportCommitRunner } from './commit-job.ts';

/** The worker's module: beside main.mjs in the bundle; from the sources, TypeScript loaded through tsx (as the read and backup workers). */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./import-commit-worker.mjs', import.meta.url);
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/index\.cjs$/, 'index.mjs'),
  ).href;
  const worker = new URL('./commit-worker.ts', import.meta.url).href;
  const code = `const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

type Message = { type: 'progress'; progress: CommitProgress } | { type: 'done'; outcome: CommitOutcome } | { type: 'failed'; code: ErrorCode | null; message: string };

/**
 * Commits imports on a worker thread of their own, one thread per commit,
 * with a connection to `databaseFile` (decision 056). A refusal the commit
 * makes (an AppError) comes back as that AppError; a worker that dies
 * (out of memory) rejects, and its transaction never committed.
 */
export function importCommitWorker(databaseFile: string): ImportCommitRunner {
  return (job, onProgress) =>
    new Promise<CommitOutcome>((resolve, reject) => {
      // A small young generation, as the server's own (scripts/build-server.mjs): the commit's garbage is short-lived.
      const worker = new Worker(workerEntry(), { workerData: { file: databaseFile, job }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      let settled = false;
      worker.on('message', (m: Message) => {
        if (m.type === 'progress') return onProgress(m.progress);
        settled = true;
        if (m.type === 'done') resolve(m.outcome);
        else reject(m.code ? new AppError(m.code, m.message) : new Error(m.message));
      });
      worker.once('error', (err) => {
        settled = true;
        reject(err);
      });
      worker.once('exit', (code) => {
        if (!settled) reject(new Error(`import worker stopped (exit code ${code})`));
      });
    });
}
