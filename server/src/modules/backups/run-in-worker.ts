import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BackupResult, CreateBackupOptions } from './create-backup.ts';

/** The worker's module: beside main.mjs in the bundle; from the sources, TypeScript loaded through tsx (as the read worker, decision 018). */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./backup-worker.mjs', import.meta.url);
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/index\.cjs$/, 'index.mjs'),
  ).href;
  const worker = new URL('./backup-worker.ts', import.meta.url).href;
  const code = `const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** Makes a backup on a worker thread; rejects with the worker's reason when it fails. */
export function createBackupInWorker(options: Omit<CreateBackupOptions, 'now'>): Promise<BackupResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry(), { workerData: options });
    let settled = false;
    worker.once('message', (message: { ok: true; result: BackupResult } | { ok: false; error: string }) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(message.error));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`backup worker stopped (exit code ${code})`));
    });
  });
}
