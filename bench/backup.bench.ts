/**
 * Backup of a 100,000-agreement database with 1 GB of documents while a
 * writer keeps writing (issue 14: < 60 s, writes never blocked > 100 ms).
 * Twice: `npm run backup` as its own process (an operator while the server
 * runs) and the scheduled backup on the server's worker thread (the writer
 * then shares the process, so its figure includes any event-loop stall).
 * The documents are sparse files with a random head and tail (1 GB to read
 * and hash, little disk); everything is removed afterwards.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_BACKUP_MB_PER_SECOND } from '../server/src/config.ts';
import { closeDatabase, openDatabase } from '../server/src/db/client.ts';
import { createBackupInWorker } from '../server/src/modules/backups/run-in-worker.ts';
import { formatBytes } from '../server/src/modules/backups/format-bytes.ts';
import { BENCH_OUT, syntheticDataDir } from './support/dataset.ts';

const DOCUMENT_BYTES = 1024 ** 3;
const FILE_BYTES = 4 * 1024 ** 2;
const REPO = path.resolve(BENCH_OUT, '..', '..');
/** The backup's read limit, as the server and `npm run backup` take it (BACKUP_MB_PER_SECOND; 0 = none, to compare). */
const MB_PER_SECOND = process.env.BACKUP_MB_PER_SECOND ? Number(process.env.BACKUP_MB_PER_SECOND) : DEFAULT_BACKUP_MB_PER_SECOND;

function makeDocuments(filesDir: string): number {
  let n = 0;
  for (let total = 0; total < DOCUMENT_BYTES; total += FILE_BYTES, n++) {
    const name = randomBytes(32).toString('hex');
    const file = path.join(filesDir, name.slice(0, 2), name.slice(2, 4), name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, randomBytes(64 * 1024), 0, 64 * 1024, 0);
    fs.writeSync(fd, randomBytes(64 * 1024), 0, 64 * 1024, FILE_BYTES - 64 * 1024);
    fs.closeSync(fd);
  }
  return n;
}

/**
 * Time this thread has spent runnable but waiting for a CPU (Linux schedstat), in ms; NaN elsewhere. A write that
 * takes long "in SQLite" either waited for the disk or a lock, or was runnable while other threads had both cores:
 * this tells the two apart (decision 064).
 */
function runQueueMs(): number {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

/** A writer like the server's: a small transaction every 5 ms on its own connection; the time each one took. */
function startWriter(databaseFile: string) {
  const db = openDatabase(databaseFile, { migrate: false });
  const ids = db.$client.prepare('SELECT id FROM agreements ORDER BY id LIMIT 5000').pluck().all() as number[];
  const update = db.$client.prepare('UPDATE agreements SET notes = ? WHERE id = ?');
  const latencies: number[] = [];
  /** The writes that took over 100 ms: when (s after the start) and how long, to tell which phase of the backup they fell in. */
  const slow: string[] = [];
  const t0 = performance.now();
  let i = 0;
  let scheduledAt = performance.now();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    const started = performance.now();
    // A late timer is a blocked write too: count from when it should have run.
    const lateBy = Math.max(0, started - scheduledAt - 5);
    const before = runQueueMs();
    const began = performance.now();
    db.$client.transaction(() => update.run(`bench ${i}`, ids[i++ % ids.length]!))();
    const ran = performance.now() - began;
    const waited = runQueueMs() - before;
    const took = ran + lateBy;
    latencies.push(took);
    if (took > 100)
      slow.push(
        `${((started - t0) / 1000).toFixed(1)} s: ${Math.round(took)} ms (${Math.round(ran)} in SQLite${Number.isNaN(waited) ? '' : `, ${Math.round(waited)} of it waiting for a CPU`})`,
      );
    scheduledAt = performance.now();
    setTimeout(tick, 5);
  };
  setTimeout(tick, 5);
  return {
    stop() {
      stopped = true;
      closeDatabase(db);
      const sorted = [...latencies].sort((a, b) => a - b);
      return { writes: sorted.length, p99: sorted[Math.floor(sorted.length * 0.99)] ?? 0, max: sorted[sorted.length - 1] ?? 0, slow };
    },
  };
}

function runCli(dataDir: string, out: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'server/src/cli/backup.ts'), 'backup', '--out', out], {
      cwd: REPO,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', BACKUP_MB_PER_SECOND: String(MB_PER_SECOND) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const dataDir = syntheticDataDir(100_000, { copy: 'backup-bench' });
const databaseFile = path.join(dataDir, 'akkoord.db');
closeDatabase(openDatabase(databaseFile)); // migrated to this app's schema
const filesDir = path.join(dataDir, 'files');
const outDir = path.join(BENCH_OUT, 'backup-bench-out');
fs.mkdirSync(outDir, { recursive: true });
try {
  const made = performance.now();
  const files = makeDocuments(filesDir);
  console.log(
    `database ${formatBytes(fs.statSync(databaseFile).size)}, ${files} documents of ${formatBytes(FILE_BYTES)} (${formatBytes(files * FILE_BYTES)}) made in ${Math.round(performance.now() - made)} ms`,
  );

  // The same writer with no backup running: on a shared, busy machine its timers are late too; the noise floor.
  const idle = startWriter(databaseFile);
  await new Promise((r) => setTimeout(r, 15_000));
  const floor = idle.stop();
  console.log(
    `writer alone (15 s, no backup): ${floor.writes} writes, p99 ${floor.p99.toFixed(1)} ms, longest ${floor.max.toFixed(1)} ms; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
  );

  console.log(`backup reads at most ${MB_PER_SECOND ? `${MB_PER_SECOND} MB/s` : 'as fast as it can'} (BACKUP_MB_PER_SECOND)`);
  for (const mode of ['npm run backup (own process)', 'scheduled (server worker thread)'] as const) {
    const out = path.join(outDir, 'bench.tar');
    const writer = startWriter(databaseFile);
    const started = performance.now();
    if (mode.startsWith('npm')) {
      const code = await runCli(dataDir, out);
      if (code !== 0) throw new Error(`backup exit code ${code}`);
    } else {
      const r = await createBackupInWorker({ databaseFile, filesDir, out, bytesPerSecond: MB_PER_SECOND * 1024 * 1024 });
      if (!r.verified) throw new Error(`not verified: ${r.problems.join('; ')}`);
      console.log(`  phases: ${JSON.stringify(r.phasesMs)} ms`);
    }
    const seconds = (performance.now() - started) / 1000;
    const w = writer.stop();
    console.log(
      `${mode}: ${seconds.toFixed(1)} s (target < 60 s), archive ${formatBytes(fs.statSync(out).size)}; concurrent writer: ${w.writes} writes, p99 ${w.p99.toFixed(1)} ms, longest ${w.max.toFixed(1)} ms (target < 100 ms)`,
    );
    if (w.slow.length) console.log(`  writes over 100 ms (${w.slow.length}): ${w.slow.slice(0, 20).join(', ')}`);
    fs.rmSync(out, { force: true });
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
}
