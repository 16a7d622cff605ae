import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

/**
 * Crash safety of uploads (issue 13 item 2): the real server process is killed with SIGKILL while several
 * uploads stream in, ROUNDS times. After a last start (which removes orphans) every version row has its
 * complete file (same SHA-256 and size), no temporary or unreferenced file is left, and every upload the
 * server acknowledged (201) is there with its audit event.
 */
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROUNDS = 2;
const WRITERS = 4;
const EMAIL = 'crash-legal@akkoord.test';
const PASSWORD = 'crash-test-wachtwoord-akkoord';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function start(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(serverDir, 'main.ts')], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DOCUMENT_MAX_MB: '5' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /draait op http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    void exited.then(() => reject(new Error(`server stopped before listening:\n${out}`)));
  });
  return { child, url, exited };
}

function request(
  url: string,
  opts: { method: string; headers?: Record<string, string>; body?: Buffer; slowly?: boolean },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method, headers: { ...opts.headers, ...(opts.body ? { 'Content-Length': String(opts.body.length) } : {}) } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (!opts.body) return req.end();
    if (!opts.slowly) return req.end(opts.body);
    // Streams the body in pieces with pauses, so that a kill finds uploads half-way.
    const body = opts.body;
    void (async () => {
      for (let at = 0; at < body.length; at += 64 * 1024) {
        if (!req.write(body.subarray(at, at + 64 * 1024))) await new Promise((r) => req.once('drain', r));
        await sleep(4);
      }
      req.end();
    })().catch(reject);
  });
}

function multipart(file: Buffer, name: string): { body: Buffer; type: string } {
  const boundary = `----akkoord${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nsigned_copy\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n`;
  return { body: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('uploads and SIGKILL', () => {
  it('leave no row without its whole file, no half or orphan file, and lose no acknowledged upload', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-upload-crash-'));
    const cli = spawnSync(process.execPath, ['--import', 'tsx', path.join(serverDir, 'cli/user.ts'), 'create', '--email', EMAIL, '--password', PASSWORD, '--role', 'legal'], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(0);
    const acknowledged = new Map<number, string>();
    let inFlightAtKill = 0;
    let agreementId = 0;

    for (let round = 1; round <= ROUNDS; round++) {
      const server = start(dataDir);
      const url = await server.url;
      const session = await request(`${url}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: Buffer.from(JSON.stringify({ email: EMAIL, password: PASSWORD })),
      });
      expect(session.status, session.body).toBe(200);
      const headers = { Cookie: String(session.headers['set-cookie']![0]).split(';')[0]!, 'X-CSRF-Token': JSON.parse(session.body).csrfToken as string };
      agreementId ||= JSON.parse((await request(`${url}/api/agreements?limit=1`, { method: 'GET', headers })).body).items[0].id;

      let killed = false;
      let inFlight = 0;
      const writers = Array.from({ length: WRITERS }, async (_, w) => {
        for (let n = 0; !killed; n++) {
          const file = Buffer.from(`ronde ${round} schrijver ${w} nummer ${n}\n${randomBytes(600 * 1024).toString('hex')}\n`);
          const { body, type } = multipart(file, `crash-${round}-${w}-${n}.txt`);
          inFlight++;
          try {
            const res = await request(`${url}/api/agreements/${agreementId}/documents`, { method: 'POST', headers: { ...headers, 'Content-Type': type }, body, slowly: true });
            if (res.status === 201) acknowledged.set(JSON.parse(res.body).id as number, sha(file));
            else if (!killed) throw new Error(`unexpected ${res.status}: ${res.body}`);
          } catch (err) {
            if (!killed) throw err;
            return;
          } finally {
            inFlight--;
          }
        }
      });
      await sleep(1500 + Math.random() * 1500);
      inFlightAtKill += inFlight;
      killed = true;
      server.child.kill('SIGKILL');
      await Promise.all(writers);
      await server.exited;
    }

    // What the kills left behind, before the clean-up of the next start.
    const files = path.join(dataDir, 'files');
    const leftInTmp = fs.readdirSync(path.join(files, 'tmp')).length;
    const last = start(dataDir);
    await last.url;
    last.child.kill('SIGTERM');
    await last.exited;

    const db = new Database(path.join(dataDir, 'akkoord.db'), { readonly: true });
    const versions = db.prepare('select document_id as documentId, sha256, size_bytes as size from document_versions').all() as {
      documentId: number;
      sha256: string;
      size: number;
    }[];
    const audited = db.prepare("select count(*) from audit_events where entity_type = 'document' and entity_id = ? and action = 'upload'").pluck();
    const problems: string[] = [];
    for (const v of versions) {
      const file = path.join(files, v.sha256.slice(0, 2), v.sha256.slice(2, 4), v.sha256);
      if (!fs.existsSync(file)) problems.push(`document ${v.documentId}: no file`);
      else {
        const bytes = fs.readFileSync(file);
        if (bytes.length !== v.size || sha(bytes) !== v.sha256) problems.push(`document ${v.documentId}: file differs from its row`);
      }
    }
    for (const [id, hash] of acknowledged) {
      const row = versions.find((v) => v.documentId === id);
      if (row?.sha256 !== hash) problems.push(`acknowledged document ${id} missing or different`);
      if (audited.get(String(id)) !== 1) problems.push(`acknowledged document ${id} without its audit event`);
    }
    const stored = fs
      .readdirSync(files, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name);
    const referenced = new Set(versions.map((v) => v.sha256));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
    console.log(
      `upload crash: ${ROUNDS} × SIGKILL, ${inFlightAtKill} uploads in flight at a kill, ${acknowledged.size} acknowledged, ${versions.length} stored, ${leftInTmp} temporary files left by the kills (removed at start)`,
    );
    expect(problems).toEqual([]);
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThan(0);
    expect(stored.filter((n) => !referenced.has(n))).toEqual([]);
    expect([...referenced].filter((s) => !stored.includes(s))).toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 240_000);
});
