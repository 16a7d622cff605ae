import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@akkoord/shared/errors';
import { AppError } from '../../http/errors.ts';
import type { CommitJob, CommitOutcome, CommitProgress, ImportCommitRunner, ImportRevertRunner, RevertJob, RevertOutcome } from './commit-job.ts';

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

type Message<T> = { type: 'progress'; progress: CommitProgress } | { type: 'done'; outcome: T } | { type: 'failed'; code: ErrorCode | null; message: string };

/**
 * Runs one commit or revert on a worker thread of its own with a connection
 * to `databaseFile`. A refusal it makes (an AppError) comes back as that
 * AppError; a worker that dies (out of memory) rejects, and its transaction
 * never committed.
 */
function runOnWorker<T>(databaseFile: string, data: { kind: 'commit'; job: CommitJob } | { kind: 'revert'; job: RevertJob }, onProgress?: (p: CommitProgress) => void) {
  return new Promise<T>((resolve, reject) => {
    // A small young generation, as the server's own (scripts/build-server.mjs): the job's garbage is short-lived.
    const worker = new Worker(workerEntry(), { workerData: { file: databaseFile, ...data }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    let settled = false;
    worker.on('message', (m: Message<T>) => {
      if (m.type === 'progress') return onProgress?.(m.progress);
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

/** Commits imports on worker threads, one thread per commit (decision 056). */
export function importCommitWorker(databaseFile: string): ImportCommitRunner {
  return (job, onProgress) => runOnWorker<CommitOutcome>(databaseFile, { kind: 'commit', job }, onProgress);
}

/** Reverts imports on worker threads, one thread per revert (decision 059). */
export function importRevertWorker(databaseFile: string): ImportRevertRunner {
  return (job) => runOnWorker<RevertOutcome>(databaseFile, { kind: 'revert', job });
}
