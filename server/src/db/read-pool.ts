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
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/index\.cjs$/, 'index.mjs'),
  ).href;
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
  { sql: string; params: unknown[]; mode: 'rows' } | { sql: string; params: unknown[]; mode: 'value' } | { sql: string; params: unknown[]; mode: 'joined'; take: number };

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

/** How the read worker is doing, for `/api/health`: `restarting` and `failed` mean the main connection reads meanwhile. */
export interface ReadWorkerHealth {
  state: 'running' | 'restarting' | 'failed' | 'closed';
  /** Times the worker was started again after it stopped unasked, since the server started. */
  restarts: number;
}

/**
 * After an unasked stop the worker is started again after `firstDelayMs`, doubling to
 * `maxDelayMs`; after `maxAttempts` stops in a row that each came within `stableAfterMs` of
 * their start it is given up (`failed`) and the main connection reads from then on.
 */
export const READ_WORKER_RESTART = { firstDelayMs: 100, maxDelayMs: 30_000, maxAttempts: 8, stableAfterMs: 60_000 };

interface RestartLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * Runs read statements on a worker thread with its own read-only connection
 * (decision 018). The statements of one call run in one read transaction.
 * Used by the hottest read (the register list); everything else reads on the
 * main connection. Writes never go here. The worker keeps `joined` and
 * `value` answers until another connection commits (decision 024). Should the
 * worker stop unasked (a crash, an out-of-memory end), its pending reads fail,
 * callers read on the main connection, and it is started again with backoff
 * (decision 036).
 */
export class ReadPool {
  private worker!: Worker;
  private readonly waiting = new Map<number, { resolve: (r: unknown[]) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private closed = false;
  private running = false;
  private gaveUp = false;
  private restarts = 0;
  private failuresInARow = 0;
  private startedAt = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private readonly file: string;
  private readonly cacheBytes: number;
  private readonly logger: RestartLogger | undefined;

  /** `cacheBytes`: how much the worker may keep of answers until the database changes (decision 024); 0 keeps nothing. */
  constructor(file: string, { cacheBytes = 4 * 1024 * 1024, logger }: { cacheBytes?: number; logger?: RestartLogger } = {}) {
    this.file = file;
    this.cacheBytes = cacheBytes;
    this.logger = logger;
    this.start();
  }

  /** True while the worker runs; otherwise callers read on the main connection. */
  get available(): boolean {
    return this.running && !this.closed;
  }

  /** The worker's state and how often it was restarted. */
  health(): ReadWorkerHealth {
    const state = this.closed ? 'closed' : this.running ? 'running' : this.gaveUp ? 'failed' : 'restarting';
    return { state, restarts: this.restarts };
  }

  private start(): void {
    const worker = new Worker(workerEntry(), { workerData: { file: this.file, cacheBytes: this.cacheBytes } });
    this.worker = worker;
    this.running = true;
    this.startedAt = performance.now();
    worker.unref();
    worker.on('message', (response: ReadResponse) => {
      const waiter = this.waiting.get(response.id);
      if (!waiter) return;
      this.waiting.delete(response.id);
      if ('error' in response) waiter.reject(new Error(`read worker: ${response.error}`));
      else waiter.resolve('stats' in response ? [response.stats] : response.results);
    });
    worker.on('error', (err) => {
      this.logger?.error({ err }, 'read worker failed');
      this.failAll(err);
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.running = false;
      this.failAll(new Error(`read worker stopped (${code})`));
      if (!this.closed) this.scheduleRestart(code);
    });
  }

  private scheduleRestart(code: number): void {
    this.failuresInARow = performance.now() - this.startedAt >= READ_WORKER_RESTART.stableAfterMs ? 1 : this.failuresInARow + 1;
    if (this.failuresInARow > READ_WORKER_RESTART.maxAttempts) {
      this.gaveUp = true;
      this.logger?.error({ code, restarts: this.restarts }, 'read worker keeps stopping; the register is read on the main connection from now on');
      return;
    }
    const delay = Math.min(READ_WORKER_RESTART.maxDelayMs, READ_WORKER_RESTART.firstDelayMs * 2 ** (this.failuresInARow - 1));
    this.logger?.warn({ code, delayMs: delay }, 'read worker stopped; the main connection reads until it is restarted');
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.closed) return;
      this.restarts++;
      this.start();
    }, delay);
    this.restartTimer.unref();
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
    if (!this.running) return Promise.reject(new Error('read worker is not running'));
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
    clearTimeout(this.restartTimer);
    if (!this.running) return;
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
