import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import tar from 'tar-stream';
import { DEFAULT_BACKUP_MB_PER_SECOND } from '../../config.ts';
import { workerEntry } from '../../lib/worker-entry.ts';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  DATABASE_ENTRY,
  FILES_PREFIX,
  HEADER_ENTRY,
  isAllowedEntryName,
  MANIFEST_ENTRY,
  type ArchiveHeader,
  type ManifestEntry,
  type SchemaVersion,
} from './archive-format.ts';
import { Pace, removeGently } from './pace.ts';
import { readArchive } from './read-archive.ts';
import { appVersion, schemaVersionOf } from './schema-version.ts';
import type { SnapshotTask } from './snapshot-worker.ts';
import { checkIntegrity, inspectSnapshot, snapshotDatabase, type IntegrityResult } from './snapshot.repo.ts';

export interface CreateBackupOptions {
  /** The live database (DATA_DIR/akkoord.db). */
  databaseFile: string;
  /** The document files (DATA_DIR/files), backed up whatever they hold; may not exist yet. */
  filesDir: string;
  /** Where the archive goes; written beside it as a temporary file and renamed when complete. */
  out: string;
  now?: () => Date;
  /**
   * A database at least this large is copied on a thread of its own (this one flushing the copy as it grows) and
   * its snapshot checked on another while the archive is written (default 32 MB; a smaller one takes less than a
   * thread needs to start).
   */
  threadsFromBytes?: number;
  /**
   * The most bytes per second the backup reads (the files it packs, then the archive it reads back); 0 = no limit,
   * default {@link DEFAULT_BACKUP_MB_PER_SECOND} MB/s (BACKUP_MB_PER_SECOND, decision 064). Read from the page
   * cache this is CPU, which the server's writes need too.
   */
  bytesPerSecond?: number;
}

export interface BackupResult {
  file: string;
  createdAt: string;
  sizeBytes: number;
  durationMs: number;
  appVersion: string;
  schema: SchemaVersion;
  database: { sizeBytes: number; sha256: string };
  files: { count: number; bytes: number };
  /** The archive was read back with every hash matching, the snapshot passed `integrity_check` and every document file the database names is in it. */
  verified: boolean;
  /** Why it did not verify (empty when it did). */
  problems: string[];
  /** Where the time went: the snapshot, its integrity check (while the archive is written), writing the archive, reading it back. */
  phasesMs: { snapshot: number; integrity: number; pack: number; readBack: number };
}

/** Every regular file under a folder, as paths relative to it with '/' separators, sorted. */
async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(dir, e.name), r);
      else if (e.isFile()) out.push(r);
    }
  };
  await walk(root, '');
  return out.sort();
}

/** Bytes read at a time: fewer, larger pieces cost less JavaScript per gigabyte. */
const READ_CHUNK = 1024 * 1024;

/** Writes one file into the tar as it reads it, hashing on the way; exactly `size` bytes (the size when it was opened). */
async function addFile(pack: tar.Pack, name: string, file: string, pace: Pace): Promise<ManifestEntry | null> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (err) {
    // Removed between listing and reading (an orphan clean-up): nothing to keep.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const stat = await handle.stat();
    const size = stat.size;
    const hash = createHash('sha256');
    const done = new Promise<void>((resolve, reject) => {
      const entry = pack.entry({ name, size, mtime: stat.mtime, mode: 0o644 }, (err) => (err ? reject(err) : resolve()));
      const copy = async () => {
        if (size > 0) {
          const input = handle.createReadStream({ start: 0, end: size - 1, autoClose: false, highWaterMark: READ_CHUNK });
          for await (const chunk of input as AsyncIterable<Buffer>) {
            await pace.take(chunk.length);
            hash.update(chunk);
            if (!entry.write(chunk)) await once(entry, 'drain');
          }
        }
        entry.end(undefined);
      };
      copy().catch(reject);
    });
    await done;
    return { path: name, size, sha256: hash.digest('hex') };
  } finally {
    await handle.close();
  }
}

function addBuffer(pack: tar.Pack, name: string, data: Buffer, mtime: Date): Promise<ManifestEntry> {
  return new Promise((resolve, reject) => {
    pack.entry({ name, size: data.length, mtime, mode: 0o644 }, data, (err) =>
      err ? reject(err) : resolve({ path: name, size: data.length, sha256: createHash('sha256').update(data).digest('hex') }),
    );
  });
}

/**
 * The archive file, flushed to disk every `SYNC_EVERY` bytes: a gigabyte of
 * dirty pages would otherwise make the server's next WAL checkpoint (its fsync)
 * wait behind all of it, stalling a write for seconds; small flushes keep each
 * such wait short (8 MB: a few tens of ms on a slow disk).
 */
const SYNC_EVERY = 8 * 1024 * 1024;
function archiveWriter(handle: fs.promises.FileHandle): Writable {
  let unsynced = 0;
  return new Writable({
    highWaterMark: 1024 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      (async () => {
        await handle.write(chunk);
        unsynced += chunk.length;
        if (unsynced >= SYNC_EVERY) {
          unsynced = 0;
          await handle.datasync();
        }
      })().then(() => callback(), callback);
    },
    final(callback) {
      handle.sync().then(() => callback(), callback);
    },
  });
}

const THREADS_FROM_BYTES = 32 * 1024 * 1024;

/** Runs one task of `snapshot-worker.ts` on a thread of its own; its result, or its failure. */
function onSnapshotThread<T>(task: SnapshotTask): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry(import.meta.url, 'snapshot-worker', './snapshot-worker.ts'), { workerData: task });
    let settled = false;
    worker.once('message', (m: { ok: true; result: T } | { ok: false; error: string }) => {
      settled = true;
      if (m.ok) resolve(m.result);
      else reject(new Error(m.error));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`snapshot worker stopped (exit code ${code})`));
    });
  });
}

/** How often the growing snapshot is flushed to disk while SQLite writes it. */
const SNAPSHOT_FLUSH_MS = 100;

/**
 * The snapshot of a large database: SQLite's backup API writes the copy on a
 * thread of its own and fsyncs it once at the end, which would make the
 * server's next checkpoint wait behind the whole copy (hundreds of ms on a
 * register of 100,000 agreements). Meanwhile this thread flushes the copy every
 * {@link SNAPSHOT_FLUSH_MS}, so that final fsync has little left to write.
 */
async function snapshotInPieces(source: string, dest: string): Promise<void> {
  let finished = false;
  const done = onSnapshotThread<void>({ task: 'snapshot', source, dest }).finally(() => (finished = true));
  let handle: fs.promises.FileHandle | null = null;
  try {
    while (!finished) {
      await Promise.race([done.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, SNAPSHOT_FLUSH_MS))]);
      if (finished) break;
      // SQLite creates the file when it starts; a flush from another descriptor writes its dirty pages.
      handle ??= await fs.promises.open(dest, 'r').catch(() => null);
      await handle?.datasync();
    }
  } finally {
    await handle?.close();
  }
  await done;
}

/** The snapshot's integrity check: on a worker thread for a large one (its seconds overlap writing the archive), here for a small one. */
function checkSnapshot(file: string, size: number, threadsFromBytes: number): Promise<IntegrityResult> {
  if (size < threadsFromBytes) return Promise.resolve().then(() => checkIntegrity(file));
  return onSnapshotThread<IntegrityResult>({ task: 'integrity', file });
}

/**
 * Makes a backup archive while the server runs and writes go on (decision 053):
 * a snapshot of the database through SQLite's online backup API, then the
 * document files (content-addressed and written before their database row, so
 * every file the snapshot names is already there; files added after it are
 * harmless extras), then the manifest. The archive is read back and every hash
 * checked before it gets its name. Memory stays flat: files stream through.
 */
export async function createBackup(opts: CreateBackupOptions): Promise<BackupResult> {
  const started = performance.now();
  const now = opts.now ?? (() => new Date());
  const out = path.resolve(opts.out);
  const filesDir = path.resolve(opts.filesDir);
  if (out === filesDir || out.startsWith(filesDir + path.sep))
    throw new Error(`Het archief mag niet in de documentenmap staan (${filesDir}) / The archive may not be inside the documents folder`);
  if (!fs.existsSync(opts.databaseFile)) throw new Error(`Geen database gevonden: ${opts.databaseFile} / No database found`);
  await fs.promises.mkdir(path.dirname(out), { recursive: true });
  const work = await fs.promises.mkdtemp(path.join(path.dirname(out), '.akkoord-backup-'));
  let integrity: Promise<IntegrityResult> | null = null;
  const pace = new Pace(opts.bytesPerSecond ?? DEFAULT_BACKUP_MB_PER_SECOND * 1024 * 1024);
  try {
    const createdAt = now();
    const snapshot = path.join(work, DATABASE_ENTRY);
    const t0 = performance.now();
    const phases = { snapshot: 0, integrity: 0, pack: 0, readBack: 0 };
    const threadsFromBytes = opts.threadsFromBytes ?? THREADS_FROM_BYTES;
    const large = (await fs.promises.stat(opts.databaseFile)).size >= threadsFromBytes;
    if (large) await snapshotInPieces(opts.databaseFile, snapshot);
    else await snapshotDatabase(opts.databaseFile, snapshot);
    phases.snapshot = Math.round(performance.now() - t0);
    const facts = inspectSnapshot(snapshot);
    // The integrity check reads the whole snapshot: on a thread of its own while the archive is written.
    const integrityStarted = performance.now();
    integrity = checkSnapshot(snapshot, (await fs.promises.stat(snapshot)).size, threadsFromBytes).finally(
      () => (phases.integrity = Math.round(performance.now() - integrityStarted)),
    );
    integrity.catch(() => undefined); // awaited after the archive is written
    const problems: string[] = [];

    const header: ArchiveHeader = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      createdAt: createdAt.toISOString(),
      appVersion: appVersion(),
      schema: schemaVersionOf(facts.appliedMigrations),
    };
    const archive = path.join(work, 'archive.tar');
    const pack = tar.pack();
    const archiveHandle = await fs.promises.open(archive, 'wx');
    const written = pipeline(pack, archiveWriter(archiveHandle)).finally(() => archiveHandle.close());
    const entries: ManifestEntry[] = [];
    let filesBytes = 0;
    const packed = (async () => {
      entries.push(await addBuffer(pack, HEADER_ENTRY, Buffer.from(JSON.stringify(header, null, 2) + '\n'), createdAt));
      const db = await addFile(pack, DATABASE_ENTRY, snapshot, pace);
      if (!db) throw new Error('snapshot vanished');
      entries.push(db);
      // Listed after the snapshot: every file it refers to was written before its row committed.
      for (const rel of await listFiles(filesDir)) {
        if (!isAllowedEntryName(FILES_PREFIX + rel)) {
          problems.push(`overgeslagen: ${rel} (naam niet toegestaan in een back-up)`);
          continue;
        }
        const entry = await addFile(pack, FILES_PREFIX + rel, path.join(filesDir, ...rel.split('/')), pace);
        if (!entry) continue;
        entries.push(entry);
        filesBytes += entry.size;
      }
      const manifest = { ...header, entries };
      await addBuffer(pack, MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 2) + '\n'), createdAt);
      pack.finalize();
    })();
    packed.catch((err: unknown) => pack.destroy(err as Error));
    await Promise.all([packed, written]);
    phases.pack = Math.round(performance.now() - integrityStarted);
    const checked = await integrity;
    if (!checked.ok) problems.push(`integrity_check: ${checked.messages.join('; ')}`);

    const files = entries.filter((e) => e.path.startsWith(FILES_PREFIX));
    const inArchive = new Set(files.map((e) => e.path.slice(FILES_PREFIX.length).split('/').pop()));
    const missing = [...facts.referencedFiles].filter((h) => !inArchive.has(h));
    if (missing.length) problems.push(`${missing.length} documentbestand(en) uit de database ontbreken in ${filesDir}: ${missing.slice(0, 3).join(', ')}`);

    // Read back: what is on disk must match the manifest, byte for byte.
    const readBack = performance.now();
    await readArchive(archive, { into: null, newestSchema: header.schema, pace });
    phases.readBack = Math.round(performance.now() - readBack);
    await fs.promises.rename(archive, out);
    const dir = await fs.promises.open(path.dirname(out), 'r');
    await dir.sync().finally(() => dir.close());
    const db = entries.find((e) => e.path === DATABASE_ENTRY)!;
    return {
      file: out,
      createdAt: header.createdAt,
      sizeBytes: (await fs.promises.stat(out)).size,
      durationMs: Math.round(performance.now() - started),
      appVersion: header.appVersion,
      schema: header.schema,
      database: { sizeBytes: db.size, sha256: db.sha256 },
      files: { count: files.length, bytes: filesBytes },
      verified: problems.length === 0,
      problems,
      phasesMs: phases,
    };
  } finally {
    // A failed backup still lets the integrity check finish before its snapshot is removed.
    await integrity?.catch(() => undefined);
    // The snapshot (and a failed run's archive) are hundreds of MB: cut down in steps, not freed in one journal transaction.
    for (const large of [DATABASE_ENTRY, 'archive.tar']) await removeGently(path.join(work, large)).catch(() => undefined);
    await fs.promises.rm(work, { recursive: true, force: true });
  }
}
