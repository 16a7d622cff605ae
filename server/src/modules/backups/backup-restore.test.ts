import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../lib/paths.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { BackupProblem, type BackupProblemCode } from './archive-format.ts';
import { createBackup } from './create-backup.ts';
import { Pace } from './pace.ts';
import { readArchive } from './read-archive.ts';
import { restoreBackup } from './restore-backup.ts';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A document file stored as the document store stores it: DATA_DIR/files/ab/cd/<sha256>. */
function putFile(dataDir: string, data: Buffer): string {
  const hash = sha256(data);
  const file = path.join(dataDir, 'files', hash.slice(0, 2), hash.slice(2, 4), hash);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return hash;
}

function filesUnder(root: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!fs.existsSync(root)) return out;
  for (const rel of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const p = path.join(root, rel);
    if (fs.statSync(p).isFile()) out.set(rel.split(path.sep).join('/'), sha256(fs.readFileSync(p)));
  }
  return out;
}

/** Runs `npm run backup`'s program as its own process, as an operator would while the server runs. */
function runBackupCli(dataDir: string, out: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/src/cli/backup.ts'), 'backup', '--out', out], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function refusal(p: Promise<unknown>): Promise<BackupProblemCode> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackupProblem);
  return (err as BackupProblem).code;
}

const cleanup: string[] = [];
let t: TestApp | undefined;
afterEach(() => {
  t?.close();
  t = undefined;
  for (const dir of cleanup.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-backup-test-'));
  cleanup.push(dir);
  return dir;
}

describe('backup while the server writes, then restore', () => {
  it('holds every write acknowledged before the backup, a consistent prefix of each writer, and every file with its hash', async () => {
    t = await createTestApp();
    const dataDir = t.dir;
    const files = new Map<string, Buffer>();
    for (let i = 0; i < 20; i++) {
      const data = Buffer.from(`document ${i} `.repeat(1000 + i * 97));
      files.set(putFile(dataDir, data), data);
    }
    const work = tempDir();
    const out = path.join(work, 'backup.tar');

    // 50 writers, each creating agreements one after another through the API until the backup is done.
    const acked: { writer: number; seq: number; at: number }[] = [];
    const failures: number[] = [];
    let done = false;
    const writer = async (w: number) => {
      for (let seq = 0; !done; seq++) {
        const res = await t!.agent
          .post('/api/agreements')
          .set(t!.headers)
          .send({ type: 'service', title: `Schrijver ${w} nr ${seq}`, collaborationCode: 'RTR' });
        if (res.status !== 201) {
          failures.push(res.status);
          return;
        }
        acked.push({ writer: w, seq, at: Date.now() });
      }
    };
    const writers = Array.from({ length: 50 }, (_, w) => writer(w));
    await new Promise((r) => setTimeout(r, 300));
    const before = acked.length;
    const cli = await runBackupCli(dataDir, out);
    done = true;
    await Promise.all(writers);
    expect(failures).toEqual([]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('verified');
    expect(acked.length).toBeGreaterThan(before); // the writes went on during the backup

    const target = path.join(tempDir(), 'restored');
    const restored = await restoreBackup({ from: out, dataDir: target });
    const snapshotAt = Date.parse(restored.header.createdAt);

    const db = new Database(path.join(target, 'akkoord.db'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const titles = new Set(db.prepare("SELECT title FROM agreements WHERE title LIKE 'Schrijver %'").pluck().all() as string[]);
      // Every write acknowledged before the snapshot began is there.
      const missing = acked.filter((a) => a.at < snapshotAt && !titles.has(`Schrijver ${a.writer} nr ${a.seq}`));
      expect(missing).toEqual([]);
      // Each writer's writes are there as a prefix: a snapshot of one instant, no later write without an earlier one.
      for (let w = 0; w < 50; w++) {
        const seqs = acked.filter((a) => a.writer === w && titles.has(`Schrijver ${w} nr ${a.seq}`)).map((a) => a.seq);
        expect(seqs).toEqual(seqs.map((_, i) => i));
      }
      // The audit trail went along with its agreements (one transaction each).
      const audited = db.prepare("SELECT count(*) FROM audit_events WHERE entity_type = 'agreement' AND action = 'create'").pluck().get() as number;
      expect(audited).toBe(titles.size);
    } finally {
      db.close();
    }
    const restoredFiles = filesUnder(path.join(target, 'files'));
    expect(restoredFiles.size).toBe(files.size);
    for (const [hash, data] of files) expect(restoredFiles.get(`${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`)).toBe(sha256(data));
  }, 120_000);
});

describe('a large database is copied and checked on threads of their own', () => {
  it('still verifies, and restores every write acknowledged before it while writes go on', async () => {
    t = await createTestApp({ seed: false });
    const hash = putFile(t.dir, Buffer.from('een getekend exemplaar'.repeat(500)));
    const acked: { title: string; at: number }[] = [];
    let done = false;
    const writer = async (w: number) => {
      for (let seq = 0; !done; seq++) {
        const title = `Schrijver ${w} nr ${seq}`;
        const res = await t!.agent.post('/api/agreements').set(t!.headers).send({ type: 'service', title });
        expect(res.status).toBe(201);
        acked.push({ title, at: Date.now() });
      }
    };
    const writers = Array.from({ length: 3 }, (_, w) => writer(w));
    await new Promise((r) => setTimeout(r, 50));
    const out = path.join(tempDir(), 'backup.tar');
    // Every database counts as large here: the snapshot is copied, and checked, on worker threads.
    const result = await createBackup({ databaseFile: t.deps.config.databaseFile, filesDir: path.join(t.dir, 'files'), out, threadsFromBytes: 0 });
    done = true;
    await Promise.all(writers);
    expect(result).toMatchObject({ verified: true, problems: [], files: { count: 1 } });

    const target = path.join(tempDir(), 'restored');
    const restored = await restoreBackup({ from: out, dataDir: target });
    const db = new Database(path.join(target, 'akkoord.db'), { readonly: true });
    try {
      const titles = new Set(db.prepare("SELECT title FROM agreements WHERE title LIKE 'Schrijver %'").pluck().all() as string[]);
      expect(acked.filter((a) => a.at < Date.parse(restored.header.createdAt) && !titles.has(a.title))).toEqual([]);
      expect(titles.size).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    expect([...filesUnder(path.join(target, 'files')).keys()]).toEqual([`${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`]);
  });
});

describe('a damaged, truncated, foreign or newer archive restores nothing', () => {
  async function makeBackup(): Promise<{ out: string; dataDir: string }> {
    t = await createTestApp({ seed: false });
    putFile(t.dir, Buffer.from('een getekend exemplaar'.repeat(500)));
    const out = path.join(tempDir(), 'backup.tar');
    const result = await createBackup({ databaseFile: t.deps.config.databaseFile, filesDir: path.join(t.dir, 'files'), out });
    expect(result.verified).toBe(true);
    expect(result.files.count).toBe(1);
    return { out, dataDir: t.dir };
  }

  /** Restores into a fresh parent folder and checks that nothing at all was written there. */
  async function expectRefused(archive: string, code: BackupProblemCode): Promise<void> {
    const parent = tempDir();
    expect(await refusal(restoreBackup({ from: archive, dataDir: path.join(parent, 'data') }))).toBe(code);
    expect(fs.readdirSync(parent)).toEqual([]);
  }

  it('refuses an archive with a changed byte in the database or in a document', async () => {
    const { out } = await makeBackup();
    const bytes = fs.readFileSync(out);
    const manifest = (await readArchive(out, { into: null })).manifest;
    // The database starts after the header entry (512 + 512 bytes of JSON) and its own 512-byte header.
    const inDatabase = Buffer.from(bytes);
    inDatabase[512 * 3 + 4000] = inDatabase[512 * 3 + 4000]! ^ 0xff;
    fs.writeFileSync(out + '.db', inDatabase);
    await expectRefused(out + '.db', 'archive_damaged');
    const docOffset = bytes.indexOf(Buffer.from('een getekend exemplaar'));
    const inDocument = Buffer.from(bytes);
    inDocument[docOffset + 100] = inDocument[docOffset + 100]! ^ 0x01;
    fs.writeFileSync(out + '.doc', inDocument);
    await expectRefused(out + '.doc', 'archive_damaged');
    // Read at a limited pace (as a backup reads back its own archive), every piece waiting: the same verdicts.
    const waitEveryPiece = () => new Pace(1, { burst: 1, sleep: () => Promise.resolve() });
    expect((await readArchive(out, { into: null, pace: waitEveryPiece() })).manifest).toEqual(manifest);
    expect(await refusal(readArchive(out + '.doc', { into: null, pace: waitEveryPiece() }))).toBe('archive_damaged');
    expect(manifest.entries.map((e) => e.path.split('/')[0])).toEqual(['akkoord-backup.json', 'akkoord.db', 'files']);
  });

  it('refuses an archive cut short, however short', async () => {
    const { out } = await makeBackup();
    const bytes = fs.readFileSync(out);
    for (const keep of [0, 100, 2048, Math.floor(bytes.length / 2), bytes.length - 1024 - 700]) {
      fs.writeFileSync(out + '.cut', bytes.subarray(0, keep));
      const parent = tempDir();
      const code = await refusal(restoreBackup({ from: out + '.cut', dataDir: path.join(parent, 'data') }));
      expect(['archive_truncated', 'archive_foreign'], `cut at ${keep}`).toContain(code);
      if (keep > 2048) expect(code).toBe('archive_truncated');
      expect(fs.readdirSync(parent)).toEqual([]);
    }
  });

  it('refuses a tar of something else, a gzip and a file that is no archive', async () => {
    const work = tempDir();
    const other = path.join(work, 'other.tar');
    // A well-formed tar that another program wrote (made by tar-stream here: same format, other contents).
    const tar = (await import('tar-stream')).default;
    const pack = tar.pack();
    pack.entry({ name: 'notes.txt' }, 'hallo');
    pack.finalize();
    const chunks: Buffer[] = [];
    for await (const c of pack as AsyncIterable<Buffer>) chunks.push(c);
    fs.writeFileSync(other, Buffer.concat(chunks));
    await expectRefused(other, 'archive_foreign');
    fs.writeFileSync(path.join(work, 'x.tar.gz'), Buffer.from([0x1f, 0x8b, 8, 0, ...Array(600).fill(0)]));
    await expectRefused(path.join(work, 'x.tar.gz'), 'archive_foreign');
    fs.writeFileSync(path.join(work, 'x.txt'), 'Dit is een notitie, geen back-up.\n'.repeat(100));
    await expectRefused(path.join(work, 'x.txt'), 'archive_foreign');
  });

  it('refuses a backup of a newer schema than this app knows', async () => {
    t = await createTestApp({ seed: false });
    // As if a later Akkoord had applied one more migration.
    t.deps.db.$client.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('later', Date.parse('2099-01-01'));
    const out = path.join(tempDir(), 'newer.tar');
    const result = await createBackup({ databaseFile: t.deps.config.databaseFile, filesDir: path.join(t.dir, 'files'), out });
    expect(result.schema.tag).toBeNull();
    await expectRefused(out, 'archive_newer_schema');
  });
});

describe('--force', () => {
  it('never replaces a folder that is not empty without it, and moves that folder aside with it', async () => {
    t = await createTestApp({ seed: false });
    const out = path.join(tempDir(), 'backup.tar');
    await createBackup({ databaseFile: t.deps.config.databaseFile, filesDir: path.join(t.dir, 'files'), out });
    const parent = tempDir();
    const target = path.join(parent, 'data');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'akkoord.db'), 'de huidige database');
    expect(await refusal(restoreBackup({ from: out, dataDir: target }))).toBe('data_dir_not_empty');
    expect(fs.readFileSync(path.join(target, 'akkoord.db'), 'utf8')).toBe('de huidige database');
    expect(fs.readdirSync(parent)).toEqual(['data']);

    const restored = await restoreBackup({ from: out, dataDir: target, force: true });
    expect(restored.movedAside).not.toBeNull();
    expect(fs.readFileSync(path.join(restored.movedAside!, 'akkoord.db'), 'utf8')).toBe('de huidige database');
    const db = new Database(path.join(target, 'akkoord.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // An empty folder is no obstacle.
    const empty = path.join(tempDir(), 'leeg');
    fs.mkdirSync(empty);
    await restoreBackup({ from: out, dataDir: empty });
    expect(fs.existsSync(path.join(empty, 'akkoord.db'))).toBe(true);
  });

  it('a damaged archive with --force still leaves the folder as it was', async () => {
    t = await createTestApp({ seed: false });
    const out = path.join(tempDir(), 'backup.tar');
    await createBackup({ databaseFile: t.deps.config.databaseFile, filesDir: path.join(t.dir, 'files'), out });
    fs.truncateSync(out, fs.statSync(out).size - 3000);
    const parent = tempDir();
    const target = path.join(parent, 'data');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'akkoord.db'), 'de huidige database');
    expect(await refusal(restoreBackup({ from: out, dataDir: target, force: true }))).toBe('archive_truncated');
    expect(fs.readdirSync(parent)).toEqual(['data']);
    expect(fs.readFileSync(path.join(target, 'akkoord.db'), 'utf8')).toBe('de huidige database');
  });
});
