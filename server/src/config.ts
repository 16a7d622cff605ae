import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { parseRoleMap, type RoleMapEntry } from '@akkoord/shared/domain/sso-role-map';

/**
 * The default limit on how fast a backup reads (decision 064): the 1.4 GB archive of the issue's register
 * (100,000 agreements, 1 GB of documents) is read twice, packed and read back, in about 20 s, well within the
 * minute, while the backup leaves most of a core to the server's writes.
 */
export const DEFAULT_BACKUP_MB_PER_SECOND = 150;

const portSchema = z.coerce.number({ message: 'verwacht een poortnummer van 0 tot 65535' }).int().min(0).max(65535);

/** Options nodemailer reads from an SMTP URL's query string; anything else is a typo. */
const SMTP_URL_OPTIONS = new Set([
  'pool',
  'secure',
  'requireTLS',
  'ignoreTLS',
  'name',
  'localAddress',
  'connectionTimeout',
  'greetingTimeout',
  'socketTimeout',
  'maxConnections',
  'maxMessages',
  'authMethod',
  'tls.rejectUnauthorized',
  'tls.servername',
]);

/** Why an SMTP_URL cannot work, or null when it can (checked strictly so a typo stops the server at start). */
export function smtpUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'geen geldige URL';
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') return `onbekend protocol "${url.protocol}"`;
  if (!url.hostname) return 'de host ontbreekt';
  if (url.port && (Number(url.port) < 1 || Number(url.port) > 65535)) return 'ongeldige poort';
  if (url.pathname && url.pathname !== '/') return `onverwacht pad "${url.pathname}"`;
  if (url.hash) return 'onverwacht #-deel';
  if (url.password && !url.username) return 'wachtwoord zonder gebruikersnaam';
  for (const key of url.searchParams.keys()) if (!SMTP_URL_OPTIONS.has(key)) return `onbekende optie "${key}"`;
  return null;
}

/** The SMTP URL with its password hidden, for messages and logs. */
export function maskSmtpUrl(value: string): string {
  return value.replace(/^(smtps?:\/\/[^:@/\s]*:)[^@/\s]*@/i, '$1***@');
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Why a TRUST_PROXY entry is not an address, a subnet or one of express's names, or null when it is one. */
function proxyEntryProblem(entry: string): string | null {
  if (PROXY_NAMES.has(entry)) return null;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address ?? '');
  if (!version || rest.length) return `"${entry}" is geen adres, subnet of loopback/linklocal/uniquelocal`;
  if (prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > (version === 4 ? 32 : 128))) return `"${entry}" heeft een ongeldig subnetmasker`;
  return null;
}

/**
 * Which proxies in front of Akkoord may say who the client is (X-Forwarded-For), as express's `trust proxy`:
 * a hop count (`1` = the one proxy in front) or a comma-separated list of addresses, subnets and the names
 * loopback/linklocal/uniquelocal. `true` (believe any header) is refused: anyone could pick their own address
 * and so escape the per-address limits.
 */
const trustProxySchema = z
  .string()
  .default('loopback')
  .transform((value, ctx): number | string[] => {
    const text = value.trim();
    if (/^\d+$/.test(text)) {
      const hops = Number(text);
      if (hops <= 10) return hops;
    }
    const entries = text
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const problems = entries.map(proxyEntryProblem).filter((p) => p !== null);
    if (text === 'true' || !entries.length || problems.length) {
      ctx.addIssue({
        code: 'custom',
        message: `${problems[0] ?? (text === 'true' ? '"true" vertrouwt iedereen' : 'leeg')}; verwacht een aantal proxies (0–10) of adressen/subnetten gescheiden door komma's, bv. loopback,10.0.0.5 of 10.0.0.0/8`,
      });
      return z.NEVER;
    }
    return entries;
  });

const envSchema = z.object({
  PORT: portSchema.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  SMTP_URL: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      const problem = v ? smtpUrlProblem(v) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: `${problem}; verwacht smtp://[gebruiker:wachtwoord@]host[:poort] of smtps://…` });
    }),
  SMTP_FROM: z
    .string()
    .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, { message: 'verwacht adres@domein of Naam <adres@domein>' })
    .default('Akkoord <akkoord@localhost>'),
  WOO_PUBLISHER_NAME: z.string().trim().min(1).max(200).default('Veiligheidsregio Twente'),
  WOO_PUBLISHER_URI: z.url({ protocol: /^https?$/ }).optional(),
  REMINDER_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'verwacht HH:MM (24-uurs)' })
    .default('07:00'),
  BACKUP_DIR: z.string().optional(),
  BACKUP_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'verwacht HH:MM (24-uurs)' })
    .default('03:30'),
  BACKUP_KEEP: z.coerce.number({ message: 'verwacht een aantal back-ups' }).int().min(1, { message: 'bewaar er minstens 1' }).max(3650).default(14),
  BACKUP_MB_PER_SECOND: z.coerce.number({ message: 'verwacht een aantal MB per seconde (0 = geen grens)' }).int().min(0).max(100_000).default(DEFAULT_BACKUP_MB_PER_SECOND),
  SEED_REGISTER: z.enum(['true', 'false']).default('true'),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ message: 'verwacht een aantal minuten' })
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number({ message: 'verwacht een aantal uren' })
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  READ_CACHE_MB: z.coerce.number({ message: 'verwacht een aantal MB' }).int().min(0).max(1024).default(4),
  IMPORT_MAX_MB: z.coerce.number({ message: 'verwacht een aantal MB' }).int().min(1).max(100).default(10),
  IMPORT_KEEP_DAYS: z.coerce.number({ message: 'verwacht een aantal dagen' }).int({ message: 'verwacht een geheel aantal dagen' }).min(1).max(3650).default(30),
  TRUST_PROXY: trustProxySchema,
  DOCUMENT_MAX_MB: z.coerce.number({ message: 'verwacht een aantal MB' }).int({ message: 'verwacht een geheel aantal MB' }).min(1).max(2048).default(25),
  REGISTER_IMPORT_MAX_MB: z.coerce.number({ message: 'verwacht een aantal MB' }).int({ message: 'verwacht een geheel aantal MB' }).min(1).max(2048).default(256),
  DOCUMENT_TEXT_TIMEOUT_SECONDS: z.coerce.number({ message: 'verwacht een aantal seconden' }).int().min(1).max(3600).default(300),
  DOCUMENT_TEXT_MEMORY_MB: z.coerce.number({ message: 'verwacht een aantal MB' }).int().min(128).max(8192).default(512),
  DOCUMENT_TEXT_MAX_PAGES: z.coerce.number({ message: 'verwacht een aantal bladzijden' }).int().min(1).max(100_000).default(2000),
  TESSERACT_PATH: z.string().default('tesseract'),
  API_TOKEN_RATE_LIMIT: z.coerce
    .number({ message: 'verwacht een aantal verzoeken per minuut' })
    .int({ message: 'verwacht een geheel aantal verzoeken per minuut' })
    .min(1)
    .max(1_000_000)
    .default(600),
  OIDC_ISSUER: z.url({ protocol: /^https?$/, message: 'verwacht de URL van de OpenID-provider, bv. https://login.microsoftonline.com/<tenant>/v2.0' }).optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z
    .string()
    .default('openid email profile')
    .refine((v) => v.split(/\s+/).includes('openid'), { message: 'moet openid bevatten' }),
  OIDC_ROLE_CLAIM: z.string().trim().min(1).default('roles'),
  OIDC_ROLE_MAP: z
    .string()
    .default('')
    .superRefine((v, ctx) => {
      const parsed = parseRoleMap(v);
      if ('problem' in parsed) ctx.addIssue({ code: 'custom', message: `${parsed.problem}; verwacht waarde=rol of waarde=rol:SAMENWERKING, gescheiden door komma's` });
    }),
  OIDC_PROVIDER_NAME: z.string().trim().min(1).max(60).optional(),
  LOCAL_LOGIN: z.enum(['true', 'false'], { message: 'verwacht true of false' }).default('true'),
  BREAK_GLASS_EMAIL: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'verwacht een e-mailadres' }))
    .optional(),
});

/** Variables that only make sense together: named on the variable that is missing. */
function checkSignInSettings(e: z.infer<typeof envSchema>, ctx: z.RefinementCtx): void {
  if (e.OIDC_ISSUER) {
    if (!e.OIDC_CLIENT_ID) ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_ID'], message: 'verplicht met OIDC_ISSUER' });
    if (!e.OIDC_CLIENT_SECRET) ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_SECRET'], message: 'verplicht met OIDC_ISSUER' });
  }
  if (e.LOCAL_LOGIN === 'false') {
    if (!e.OIDC_ISSUER) ctx.addIssue({ code: 'custom', path: ['LOCAL_LOGIN'], message: 'false kan alleen met OIDC_ISSUER (anders kan niemand aanmelden)' });
    if (!e.BREAK_GLASS_EMAIL)
      ctx.addIssue({ code: 'custom', path: ['BREAK_GLASS_EMAIL'], message: 'verplicht met LOCAL_LOGIN=false: het noodaccount dat met een wachtwoord blijft aanmelden' });
  }
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseFile: string;
  publicUrl: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  nodeEnv: z.infer<typeof envSchema>['NODE_ENV'];
  smtpUrl: string | null;
  smtpFrom: string;
  /** The publishing organisation in the Woo sitemap (DiWoo `publisher`): its name and TOOI URI (decision 058). */
  wooPublisher: { name: string; uri: string | null };
  reminderTime: string;
  /** Folder of the scheduled daily backups (BACKUP_DIR); null = no scheduled backups (decision 054). */
  backupDir: string | null;
  /** Daily backup time, HH:MM Europe/Amsterdam (BACKUP_TIME). */
  backupTime: string;
  /** How many scheduled backups to keep in BACKUP_DIR (BACKUP_KEEP). */
  backupKeep: number;
  /** The most bytes per second a backup reads, scheduled or `npm run backup` (BACKUP_MB_PER_SECOND × 1 MiB; 0 = no limit; decision 064). */
  backupBytesPerSecond: number;
  seedRegister: boolean;
  /** A session ends after this many minutes without a request (SESSION_IDLE_MINUTES). */
  sessionIdleMinutes: number;
  /** A session ends this many hours after sign-in, however active (SESSION_ABSOLUTE_HOURS). */
  sessionAbsoluteHours: number;
  /** How much of the register's answers the read worker keeps until the database changes (READ_CACHE_MB; 0 = none; decision 024). */
  readCacheBytes: number;
  /** The largest spreadsheet an import accepts (IMPORT_MAX_MB; larger: 413; decision 050). */
  importMaxBytes: number;
  /** Days an import that was never committed keeps its uploaded rows before the daily clean-up removes it (IMPORT_KEEP_DAYS; decision 056). */
  importKeepDays: number;
  /** Express's `trust proxy`: a hop count or addresses/subnets/names whose X-Forwarded-For is believed (TRUST_PROXY). */
  trustProxy: number | string[];
  /** The largest document upload in bytes (DOCUMENT_MAX_MB, default 25 MB); larger answers 413. */
  documentMaxBytes: number;
  /** The largest JSON register `POST /api/import.json` reads (REGISTER_IMPORT_MAX_MB, default 256 MB); larger answers 413 (decision 052). */
  registerImportMaxBytes: number;
  /** Limits of text extraction and the OCR program (decision 046). */
  textExtraction: TextExtractionConfig;
  /** Requests per minute one API token may make (API_TOKEN_RATE_LIMIT; past it 429; decision 057). */
  apiTokenRateLimit: number;
  /** Single sign-on with OpenID Connect (OIDC_*; decision 060); null without OIDC_ISSUER. */
  oidc: OidcConfig | null;
  /** Sign-in with e-mail and password for everyone (LOCAL_LOGIN); false leaves it to `breakGlassEmail` only. */
  localLogin: boolean;
  /** The one account that still signs in with a password when LOCAL_LOGIN=false (BREAK_GLASS_EMAIL). */
  breakGlassEmail: string | null;
}

/** The OpenID provider and how its claims give roles (decision 060). */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  roleClaim: string;
  roleMap: RoleMapEntry[];
  /** Shown as "Inloggen met <name>" (OIDC_PROVIDER_NAME; the issuer's host name by default). */
  providerName: string;
}

/** How document text is extracted: the limits of one extraction process and the tesseract binary ('' = no OCR). */
export interface TextExtractionConfig {
  /** DOCUMENT_TEXT_TIMEOUT_SECONDS, in ms: one file's whole extraction, OCR included. */
  timeoutMs: number;
  /** DOCUMENT_TEXT_MEMORY_MB: resident memory of the extraction process and of each tesseract run. */
  memoryMb: number;
  /** DOCUMENT_TEXT_MAX_PAGES: a file with more pages fails as too_many_pages. */
  maxPages: number;
  /** TESSERACT_PATH: the OCR program; empty turns OCR off. */
  tesseract: string;
}

/** Thrown when an environment variable has a bad value; the message names the variable. */
export class ConfigError extends Error {}

/** Reads and validates the environment; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.superRefine(checkSignInSettings).safeParse(env);
  if (!parsed.success) {
    const shown = (key: string) => (key === 'SMTP_URL' ? maskSmtpUrl(env[key] ?? '') : key === 'OIDC_CLIENT_SECRET' && env[key] ? '***' : env[key]);
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}=${JSON.stringify(shown(String(i.path[0])))}: ${i.message}`);
    throw new ConfigError(`Ongeldige configuratie (omgevingsvariabelen):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseFile: path.join(dataDir, 'akkoord.db'),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    nodeEnv: e.NODE_ENV,
    smtpUrl: e.SMTP_URL ? e.SMTP_URL : null,
    smtpFrom: e.SMTP_FROM,
    wooPublisher: { name: e.WOO_PUBLISHER_NAME, uri: e.WOO_PUBLISHER_URI ?? null },
    reminderTime: e.REMINDER_TIME,
    backupDir: e.BACKUP_DIR?.trim() ? path.resolve(e.BACKUP_DIR.trim()) : null,
    backupTime: e.BACKUP_TIME,
    backupKeep: e.BACKUP_KEEP,
    backupBytesPerSecond: e.BACKUP_MB_PER_SECOND * 1024 * 1024,
    seedRegister: e.SEED_REGISTER === 'true',
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    readCacheBytes: e.READ_CACHE_MB * 1024 * 1024,
    importMaxBytes: e.IMPORT_MAX_MB * 1024 * 1024,
    importKeepDays: e.IMPORT_KEEP_DAYS,
    trustProxy: e.TRUST_PROXY,
    documentMaxBytes: e.DOCUMENT_MAX_MB * 1024 * 1024,
    registerImportMaxBytes: e.REGISTER_IMPORT_MAX_MB * 1024 * 1024,
    textExtraction: {
      timeoutMs: e.DOCUMENT_TEXT_TIMEOUT_SECONDS * 1000,
      memoryMb: e.DOCUMENT_TEXT_MEMORY_MB,
      maxPages: e.DOCUMENT_TEXT_MAX_PAGES,
      tesseract: e.TESSERACT_PATH.trim(),
    },
    apiTokenRateLimit: e.API_TOKEN_RATE_LIMIT,
    oidc: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID!,
          clientSecret: e.OIDC_CLIENT_SECRET!,
          scopes: e.OIDC_SCOPES.trim().split(/\s+/).join(' '),
          roleClaim: e.OIDC_ROLE_CLAIM,
          roleMap: (parseRoleMap(e.OIDC_ROLE_MAP) as { entries: RoleMapEntry[] }).entries,
          providerName: e.OIDC_PROVIDER_NAME ?? new URL(e.OIDC_ISSUER).hostname,
        }
      : null,
    localLogin: e.LOCAL_LOGIN === 'true',
    breakGlassEmail: e.BREAK_GLASS_EMAIL ?? null,
  };
}
