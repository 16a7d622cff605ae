import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeDatabase, openDatabase } from '../../server/src/db/client.ts';
import { generateSynthetic } from '../../server/src/cli/generate.ts';
import { loadTwenteRegister } from '../../server/src/seed/load-register.ts';

export const BENCH_OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../out');

/**
 * A DATA_DIR holding akkoord.db with the Twente register and `n` synthetic
 * agreements (3n relations), generated once and reused (bench/out is ignored by git).
 * Returns a fresh copy when `copy` is set, so a bench may write to it.
 */
export function syntheticDataDir(n = 100_000, opts: { copy?: string } = {}): string {
  const dir = path.join(BENCH_OUT, `dataset-${n}`);
  const file = path.join(dir, 'akkoord.db');
  const marker = path.join(dir, 'ready');
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    const started = performance.now();
    const db = openDatabase(file);
    loadTwenteRegister(db, { now: new Date().toISOString(), today: new Date().toISOString().slice(0, 10) });
    generateSynthetic(db, { agreements: n });
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    closeDatabase(db);
    fs.writeFileSync(marker, new Date().toISOString());
    console.log(`generated ${n} synthetic agreements in ${Math.round(performance.now() - started)} ms`);
  }
  if (!opts.copy) return dir;
  const target = path.join(BENCH_OUT, opts.copy);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  fs.copyFileSync(file, path.join(target, 'akkoord.db'));
  return target;
}
