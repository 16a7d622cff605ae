import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A file in the store: its content address, its size and where a local reader finds it. */
export interface StoredFile {
  sha256: string;
  size: number;
  path: string;
}

/**
 * Bytes received but not yet in the store: a temporary file (its `path`) with its hash and size,
 * to be checked (e.g. sniffed) before it is committed or discarded.
 */
export interface StagedFile extends StoredFile {
  /** Fsyncs nothing more: moves the (already fsynced) file to its content address and fsyncs the folder. */
  commit(): Promise<StoredFile>;
  /** Removes the temporary file (safe to call twice or after commit). */
  discard(): Promise<void>;
}

/** Thrown by {@link FileStore.stage} when the stream is longer than `maxBytes`; the temporary file is gone. */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file larger than ${maxBytes} bytes`);
  }
}

/** What the orphan clean-up at start found and removed. */
export interface OrphanReport {
  /** Temporary files of uploads that never finished. */
  temporary: number;
  /** Files in place that no version row names (an upload killed between rename and commit). */
  unreferenced: number;
}

/**
 * Content-addressed storage of document bytes (decision 044). Files are written once and never changed or
 * deleted; the only removals are the orphan clean-up of files no row refers to and the Archiefwet
 * destruction of an approved destruction list (`remove`, decision 063). Modules use this interface
 * only, so an object store can replace the local folder without touching them.
 */
export interface FileStore {
  /** Streams into a temporary file, computing SHA-256 and size on the fly, fsyncs it; refuses past `maxBytes`. */
  stage(source: Readable, opts?: { maxBytes?: number }): Promise<StagedFile>;
  /** Stage and commit in one step. */
  put(source: Readable, opts?: { maxBytes?: number }): Promise<StoredFile>;
  /** The bytes of a stored file, or the inclusive byte range `start`–`end` of them. */
  open(sha256: string, range?: { start: number; end: number }): Readable;
  /** The local path of a stored file (for workers that read it, e.g. text extraction). */
  path(sha256: string): string;
  /** Whether a file is stored under this address. */
  has(sha256: string): Promise<boolean>;
  /**
   * Removes one stored file (absent is fine). Only for the Archiefwet destruction of an approved destruction
   * list, after its transaction committed, and only for an address no remaining version refers to (decision 063).
   */
  remove(sha256: string): Promise<void>;
  /** Removes unfinished temporary files and files no row refers to; run at start, before any upload. */
  removeOrphans(isReferenced: (sha256: string) => boolean): Promise<OrphanReport>;
}

const SHA256 = /^[0-9a-f]{64}$/;

function assertAddress(sha256: string): void {
  if (!SHA256.test(sha256)) throw new Error(`not a SHA-256 content address: ${sha256}`);
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The file store in a local folder: `<root>/ab/cd/<sha256>`, temporary files in `<root>/tmp/`. */
export function localFileStore(root: string): FileStore {
  const tmpDir = path.join(root, 'tmp');
  const pathOf = (sha256: string) => {
    assertAddress(sha256);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };

  async function stage(source: Readable, { maxBytes = Number.POSITIVE_INFINITY }: { maxBytes?: number } = {}): Promise<StagedFile> {
    await fsp.mkdir(tmpDir, { recursive: true });
    const temp = path.join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}.part`);
    const hash = createHash('sha256');
    let size = 0;
    // Past the limit the rest is read and dropped (not an error that would destroy the source): the parser
    // that feeds this stream must see it to the end to finish the request and answer.
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) return done();
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      // `flush`: the file is fsynced before it closes, so the pipeline ends only once the bytes are on disk.
      await pipeline(source, counter, fs.createWriteStream(temp, { flags: 'wx', mode: 0o600, flush: true, highWaterMark: 256 * 1024 }));
    } catch (err) {
      await fsp.rm(temp, { force: true });
      throw err;
    }
    if (size > maxBytes) {
      await fsp.rm(temp, { force: true });
      throw new FileTooLargeError(maxBytes);
    }
    const sha256 = hash.digest('hex');
    let settled = false;
    return {
      sha256,
      size,
      path: temp,
      async commit() {
        if (settled) throw new Error('staged file already committed or discarded');
        settled = true;
        const target = pathOf(sha256);
        const dir = path.dirname(target);
        await fsp.mkdir(dir, { recursive: true });
        if (fs.existsSync(target)) {
          // The same bytes are already stored (content addressing): keep the file that is there.
          await fsp.rm(temp, { force: true });
        } else {
          await fsp.chmod(temp, 0o440);
          await fsp.rename(temp, target);
          await fsyncDir(dir);
        }
        return { sha256, size, path: target };
      },
      async discard() {
        settled = true;
        await fsp.rm(temp, { force: true });
      },
    };
  }

  return {
    stage,
    async put(source, opts) {
      return (await stage(source, opts)).commit();
    },
    open(sha256, range) {
      return fs.createReadStream(pathOf(sha256), range ? { start: range.start, end: range.end } : {});
    },
    path: pathOf,
    async has(sha256) {
      return fs.existsSync(pathOf(sha256));
    },
    async remove(sha256) {
      const target = pathOf(sha256);
      await fsp.rm(target, { force: true });
      await fsyncDir(path.dirname(target)).catch(() => undefined);
    },
    async removeOrphans(isReferenced) {
      const report: OrphanReport = { temporary: 0, unreferenced: 0 };
      for (const name of await fsp.readdir(tmpDir).catch(() => [] as string[])) {
        await fsp.rm(path.join(tmpDir, name), { force: true, recursive: true });
        report.temporary++;
      }
      const level = async (dir: string) => (await fsp.readdir(dir, { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory() && /^[0-9a-f]{2}$/.test(d.name));
      for (const a of await level(root)) {
        for (const b of await level(path.join(root, a.name))) {
          const dir = path.join(root, a.name, b.name);
          for (const name of await fsp.readdir(dir)) {
            if (SHA256.test(name) && name.startsWith(a.name + b.name) && isReferenced(name)) continue;
            await fsp.rm(path.join(dir, name), { force: true, recursive: true });
            report.unreferenced++;
          }
        }
      }
      return report;
    },
  };
}

const stores = new Map<string, FileStore>();

/** The file store of a data folder: `DATA_DIR/files` (one instance per folder). */
export function fileStoreIn(dataDir: string): FileStore {
  const root = path.join(dataDir, 'files');
  let store = stores.get(root);
  if (!store) stores.set(root, (store = localFileStore(root)));
  return store;
}
