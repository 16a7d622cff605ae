import { createRequire } from 'node:module';
import type { Transporter } from 'nodemailer';
import type { Config } from '../../config.ts';

// nodemailer is loaded only when SMTP_URL is set and a message goes out: at start-up it would cost the server about
// 20 MB of memory and 0.2 s of CPU for nothing on an installation without mail (decision 038, follow-up).
const require = createRequire(import.meta.url);

const transports = new Map<string, Transporter>();

/**
 * The pooled nodemailer transport for SMTP_URL (one per URL per process).
 * Timeouts are short so a dead server turns into a retry, not a hang;
 * options in the URL's query string win over these defaults.
 */
export function getTransport(config: Pick<Config, 'smtpUrl'>): Transporter | null {
  if (!config.smtpUrl) return null;
  let t = transports.get(config.smtpUrl);
  if (!t) {
    const nodemailer = require('nodemailer') as typeof import('nodemailer');
    t = nodemailer.createTransport({
      url: config.smtpUrl,
      pool: true,
      maxConnections: 5,
      maxMessages: 1000,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
    transports.set(config.smtpUrl, t);
  }
  return t;
}

/** Closes every pooled connection (shutdown, tests). */
export function closeTransports(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}

/** The host part of SMTP_URL for status screens (never the credentials). */
export function smtpHost(config: Pick<Config, 'smtpUrl'>): string | null {
  if (!config.smtpUrl) return null;
  try {
    const u = new URL(config.smtpUrl);
    return u.port ? `${u.hostname}:${u.port}` : u.hostname;
  } catch {
    return null;
  }
}
