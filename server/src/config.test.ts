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
  it('reads single sign-on and API token settings, naming the variable that is wrong or missing (decisions 057, 060)', () => {
    const c = loadConfig({});
    expect(c.oidc).toBeNull();
    expect(c.localLogin).toBe(true);
    expect(c.apiTokenRateLimit).toBe(600);
    const sso = loadConfig({
      OIDC_ISSUER: 'https://login.example.nl/realms/vrt',
      OIDC_CLIENT_ID: 'akkoord',
      OIDC_CLIENT_SECRET: 's',
      OIDC_ROLE_MAP: 'akkoord-rtr-legal=legal:RTR',
      LOCAL_LOGIN: 'false',
      BREAK_GLASS_EMAIL: 'Nood@VRT.nl',
    });
    expect(sso.oidc).toMatchObject({
      scopes: 'openid email profile',
      roleClaim: 'roles',
      providerName: 'login.example.nl',
      roleMap: [{ claimValue: 'akkoord-rtr-legal', role: 'legal', scope: ['RTR'] }],
    });
    expect(sso.breakGlassEmail).toBe('nood@vrt.nl');
    const problem = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return '';
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
    };
    expect(problem({ OIDC_ISSUER: 'https://idp.example.nl' })).toMatch(/OIDC_CLIENT_ID=.*\n.*OIDC_CLIENT_SECRET=/);
    expect(problem({ OIDC_ISSUER: 'geen url' })).toContain('OIDC_ISSUER=');
    expect(problem({ OIDC_ROLE_MAP: 'a=baas' })).toContain('OIDC_ROLE_MAP=');
    expect(problem({ LOCAL_LOGIN: 'false' })).toMatch(/LOCAL_LOGIN=[\s\S]*BREAK_GLASS_EMAIL=/);
    expect(problem({ OIDC_ISSUER: 'https://idp.example.nl', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'heel-geheim', OIDC_SCOPES: 'email' })).not.toContain('heel-geheim');
    expect(problem({ API_TOKEN_RATE_LIMIT: '0' })).toContain('API_TOKEN_RATE_LIMIT=');
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
  it('takes BACKUP_MB_PER_SECOND as whole MiB per second, 150 by default and 0 for no limit (decision 064)', () => {
    expect(loadConfig({}).backupBytesPerSecond).toBe(150 * 1024 * 1024);
    expect(loadConfig({ BACKUP_MB_PER_SECOND: '0' }).backupBytesPerSecond).toBe(0);
    expect(loadConfig({ BACKUP_MB_PER_SECOND: '400' }).backupBytesPerSecond).toBe(400 * 1024 * 1024);
    for (const bad of ['-1', '2.5', 'snel']) expect(() => loadConfig({ BACKUP_MB_PER_SECOND: bad })).toThrow(/BACKUP_MB_PER_SECOND/);
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
