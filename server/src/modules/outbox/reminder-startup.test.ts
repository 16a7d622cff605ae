import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../config.ts';

const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main.ts');

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

describe('SMTP settings at start-up', () => {
  it.each([
    ['http://mail.vrt.nl', 'onbekend protocol'],
    ['smtp://', 'de host ontbreekt'],
    ['smtp://mail.vrt.nl/inbox', 'onverwacht pad'],
    ['smtp://mail.vrt.nl:99999', 'geen geldige URL'],
    ['smtp://mail.vrt.nl?poool=true', 'onbekende optie "poool"'],
    ['mail.vrt.nl:25', 'onbekend protocol'],
  ])('refuses SMTP_URL=%s (%s)', (value, why) => {
    expect(() => loadConfig({ SMTP_URL: value })).toThrow(ConfigError);
    expect(() => loadConfig({ SMTP_URL: value })).toThrow(why);
  });

  it('accepts the usual forms, credentials and nodemailer options', () => {
    for (const v of ['smtp://localhost', 'smtp://mail.vrt.nl:587', 'smtps://akkoord%40vrt.nl:ge%23heim@mail.vrt.nl:465', 'smtp://mail:25?pool=true&tls.rejectUnauthorized=false']) {
      expect(loadConfig({ SMTP_URL: v }).smtpUrl).toBe(v);
    }
    expect(loadConfig({ SMTP_URL: '' }).smtpUrl).toBeNull();
    expect(() => loadConfig({ SMTP_FROM: 'akkoord' })).toThrow('SMTP_FROM');
  });

  it('a bad SMTP_URL stops the server with a clear message that hides the password', async () => {
    const p = start({ DATA_DIR: os.tmpdir(), SMTP_URL: 'smtp://akkoord:GeHeim123@mail.vrt.nl:25/verkeerd' });
    expect(await p.exited).toBe(1);
    expect(p.output()).toContain('Akkoord kan niet starten');
    expect(p.output()).toContain('SMTP_URL="smtp://akkoord:***@mail.vrt.nl:25/verkeerd": onverwacht pad "/verkeerd"');
    expect(p.output()).not.toContain('GeHeim123');
  }, 60_000);

  it('a good one starts the daily job and says when it runs; SIGTERM stops it cleanly', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-reminders-'));
    const p = start({ DATA_DIR: dir, SMTP_URL: 'smtp://127.0.0.1:2', REMINDER_TIME: '06:30' });
    await expect.poll(() => p.output(), { timeout: 30_000 }).toContain('Herinneringen: dagelijks om 06:30 (Europe/Amsterdam)');
    expect(p.output()).toContain('e-mail via 127.0.0.1:2');
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
