import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The worker's module. In the bundle it sits beside main.mjs. From the
 * sources (tests, `npm run dev`) it is TypeScript: a small ES module first
 * registers tsx in the worker thread (Node 20 does not pass the main thread's
 * loader on), then imports it.
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./read-worker.mjs', import.meta.url);
  // The ES module build of tsx's API (require.resolve finds the CommonJS one, whose register() fails in a data: module).
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href;
  const worker = new URL('./read-worker.ts', import.meta.url).href;
  const code = `const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/**
 * A read statement for the read worker: `rows` answers every row as an array
 * of values, `value` the first column of the first row, `joined` a
 * {@link JoinedRows} (for rows whose last column is JSON text that SQLite built).
 */
export type ReadStatement =
  | { sql: string; params: unknown[]; mode: 'rows' }
  | { sql: string; params: unknown[]; mode: 'value' }
  | { sql: string; params: unknown[]; mode: 'joined'; take: number };

/**
 * What a `joined` statement answers: the last column of the first `take` rows
 * joined by commas, as UTF-8 bytes whose memory is handed to the main thread
 * rather than copied (decision 021); the other columns of the last of those
 * rows (its keyset); and how many rows the statement gave (more than `take`
 * tells that more follow).
 */
export interface JoinedRows {
  text: Uint8Array;
  lastKey: unknown[] | null;
  rowCount: number;
}
export interface ReadRequest {
  id: number;
  statements: ReadStatement[];
}
/** Asks the worker to close its connection and stop. */
export interface CloseRequest {
  close: true;
}
/** Asks the worker how its cache has done so far. */
export interface StatsRequest {
  id: number;
  stats: true;
}
export interface ReadCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}
export type ReadResponse = { id: number; results: unknown[] } | { id: number; error: string } | { id: number; stats: ReadCacheStats };

/**
 * Runs read statements on a worker thread with its own read-only connection
 * (decision 018). The statements of one call run in one read transaction.
 * Used by the hottest read (the register list); everything else reads on the
 * main connection. Writes never go here. The worker keeps `joined` and
 * `value` answers until another connection commits (decision 024).
 */
export class ReadPool {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (r: unknown[]) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private closed = false;

  /** `cacheBytes`: how much the worker may keep of answers until the database changes (decision 024); 0 keeps nothing. */
  constructor(file: string, { cacheBytes = 4 * 1024 * 1024 }: { cacheBytes?: number } = {}) {
    this.worker = new Worker(workerEntry(), { workerData: { file, cacheBytes } });
    this.worker.unref();
    this.worker.on('message', (response: ReadResponse) => {
      const waiter = this.waiting.get(response.id);
      if (!waiter) return;
      this.waiting.delete(response.id);
      if ('error' in response) waiter.reject(new Error(`read worker: ${response.error}`));
      else waiter.resolve('stats' in response ? [response.stats] : response.results);
    });
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => {
      this.closed = true;
      this.failAll(new Error(`read worker stopped (${code})`));
    });
  }

  /** Runs the statements in one read transaction on the worker and answers their results in order. */
  run(statements: ReadStatement[]): Promise<unknown[]> {
    return this.ask((id) => ({ id, statements }) satisfies ReadRequest);
  }

  /** The worker's cache figures: hits and misses so far, and what it holds now. */
  async stats(): Promise<ReadCacheStats> {
    const [stats] = await this.ask((id) => ({ id, stats: true }) satisfies StatsRequest);
    return stats as ReadCacheStats;
  }

  /** Sends the worker one message under a new id and waits for the answer with that id. */
  private ask(message: (id: number) => ReadRequest | StatsRequest): Promise<unknown[]> {
    if (this.closed) return Promise.reject(new Error('read worker is closed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage(message(id));
    });
  }

  /** Closes the worker's connection and stops it (pending reads fail); terminates it if it does not stop within a second. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage({ close: true } satisfies CloseRequest);
    const timer = setTimeout(() => void this.worker.terminate(), 1000);
    await exited;
    clearTimeout(timer);
  }

  private failAll(err: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(err);
    this.waiting.clear();
  }
}
