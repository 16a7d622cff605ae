import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', main], { env: { ...process.env, LOG_LEVEL: 'silent', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /draait op (http:\/\/localhost:\d+)/.exec(out);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
    });
    void exited.then(() => reject(new Error(out)));
  });
  listening.catch(() => undefined);
  return { child, exited, listening, output: () => out };
}

describe('the server process', () => {
  it('starts on an empty DATA_DIR with the register, serves the API and shuts down cleanly on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-main-'));
    const p = run({ DATA_DIR: dir, PORT: '0' });
    const url = await p.listening;
    // A client that never finishes its headers is answered 408 and let go after 15 s (issue 15, item 12).
    const started = performance.now();
    const slow = new Promise<{ answer: string; afterMs: number }>((resolve) => {
      const socket = net.connect(Number(new URL(url).port), '127.0.0.1', () => socket.write('GET /api/health HTTP/1.1\r\nHost: akkoord\r\n'));
      let answer = '';
      const drip = setInterval(() => socket.writable && socket.write('X-Langzaam: a\r\n'), 1000);
      socket.on('data', (c: Buffer) => (answer += c.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(drip);
        resolve({ answer, afterMs: performance.now() - started });
      });
    });
    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'ok' });
    // stdout is a pipe here, as under a service manager: the first admin's password is not printed, the way to set one is.
    expect(p.output()).toContain('npm run user -- reset --email beheerder@akkoord.local');
    expect(p.output()).not.toMatch(/\w{5}-\w{5}-\w{5}-\w{5}/);
    expect(fs.existsSync(path.join(dir, 'akkoord.db'))).toBe(true);
    const { answer, afterMs } = await slow;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeGreaterThan(14_000);
    expect(afterMs).toBeLessThan(20_000);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    // Closing the database checkpoints the WAL.
    expect(fs.existsSync(path.join(dir, 'akkoord.db-wal'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('refuses to start on a bad setting, naming the variable', async () => {
    const p = run({ DATA_DIR: os.tmpdir(), PORT: 'drieduizend' });
    expect(await p.exited).toBe(1);
    expect(p.output()).toContain('PORT');
  }, 60_000);
});
