import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A token bucket for the bytes a backup reads (decision 064): the documents
 * and the snapshot while the archive is written, and the archive when it is
 * read back. Reading and hashing from the page cache costs only CPU, and a
 * backup that takes every cycle it can get leaves the server's writes waiting
 * for a core; at a limited rate it sleeps between pieces instead.
 */
export class Pace {
  private tokens: number;
  private last: number;
  private readonly burst: number;

  /**
   * @param bytesPerSecond the limit; 0 or less = no limit
   * @param burst bytes that may go at once after a pause (default: 50 ms worth, at least 1 MB)
   */
  constructor(
    private readonly bytesPerSecond: number,
    opts: { burst?: number; now?: () => number; sleep?: (ms: number) => Promise<unknown> } = {},
  ) {
    this.burst = opts.burst ?? Math.max(1024 * 1024, bytesPerSecond / 20);
    this.now = opts.now ?? (() => performance.now());
    this.wait = opts.sleep ?? ((ms) => sleep(ms));
    this.tokens = this.burst;
    this.last = this.now();
  }

  private readonly now: () => number;
  private readonly wait: (ms: number) => Promise<unknown>;

  /** Resolves once `bytes` may go: at once while the bucket holds them, else after the time they take at the limit. */
  async take(bytes: number): Promise<void> {
    if (!(this.bytesPerSecond > 0)) return;
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.bytesPerSecond);
    this.last = now;
    this.tokens -= bytes;
    if (this.tokens < 0) await this.wait((-this.tokens / this.bytesPerSecond) * 1000);
  }
}

/** Bytes a large file loses per step when it is removed by {@link removeGently}. */
const TRUNCATE_STEP = 32 * 1024 * 1024;

/**
 * Removes a file that may be large (a snapshot, an old archive) in steps: it
 * is cut 32 MB at a time, each cut committed, before it is unlinked.
 * Unlinking a file of hundreds of megabytes at once frees all its blocks in
 * one ext4 journal transaction, and the server's next WAL write waits for that
 * journal (0.1 s and more, decision 064); small steps keep each wait short.
 * A missing file is fine; one this process may not write is removed at once.
 */
export async function removeGently(file: string, opts: { step?: number; pause?: () => Promise<unknown> } = {}): Promise<void> {
  const step = opts.step ?? TRUNCATE_STEP;
  const pause = opts.pause ?? (() => sleep(10));
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r+');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    // Not writable here (a read-only archive), yet its folder may let it go: removed at once, as before.
    return fs.promises.rm(file, { force: true });
  }
  try {
    const stat = await handle.stat();
    if (stat.isFile()) {
      for (let size = stat.size - step; size > 0; size -= step) {
        await handle.truncate(size);
        // Commits this step's journal transaction now, while it is small, not with all the others at once.
        await handle.datasync();
        await pause();
      }
    }
  } finally {
    await handle.close();
  }
  await fs.promises.rm(file, { force: true });
}
