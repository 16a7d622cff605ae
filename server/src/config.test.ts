import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has defaults for a fresh clone', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseFile).toMatch(/data[\\/]akkoord\.db$/);
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.smtpUrl).toBeNull();
    expect(c.readCacheBytes).toBe(4 * 1024 * 1024);
  });
  it('takes DOCUMENT_MAX_MB as whole megabytes, 25 by default', () => {
    expect(loadConfig({}).documentMaxBytes).toBe(25 * 1024 * 1024);
    expect(loadConfig({ DOCUMENT_MAX_MB: '100' }).documentMaxBytes).toBe(100 * 1024 * 1024);
    for (const bad of ['0', '2.5', 'veel', '-3']) expect(() => loadConfig({ DOCUMENT_MAX_MB: bad })).toThrow(/DOCUMENT_MAX_MB/);
  });

  it('takes READ_CACHE_MB as whole megabytes from 0 (no cache) up to 1024', () => {
    expect(loadConfig({ READ_CACHE_MB: '0' }).readCacheBytes).toBe(0);
    expect(loadConfig({ READ_CACHE_MB: '16' }).readCacheBytes).toBe(16 * 1024 * 1024);
    for (const bad of ['-1', '2.5', 'veel', '2048']) expect(() => loadConfig({ READ_CACHE_MB: bad })).toThrow(/READ_CACHE_MB/);
  });
  it('stops with a message naming each bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', SMTP_URL: 'mail.example.org' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', SMTP_URL: 'mail.example.org' });
    } catch (err) {
      expect((err as Error).message).toContain('PORT');
      expect((err as Error).message).toContain('SMTP_URL');
    }
  });
});
