import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has defaults for a fresh clone', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseFile).toMatch(/data[\\/]akkoord\.db$/);
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.smtpUrl).toBeNull();
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
