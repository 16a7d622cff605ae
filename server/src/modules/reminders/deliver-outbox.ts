import { toOneLine } from '@akkoord/shared/text/control-characters';
import type { Transporter } from 'nodemailer';
import type { AppDeps } from '../../deps.ts';
import type { Db } from '../../db/client.ts';
import { claimNextDue, failInterruptedSends, markAttemptFailed, markSent, type OutboxRow } from './outbox.repo.ts';
import { getTransport } from './smtp-transport.ts';

export interface DeliveryOptions {
  /** Attempts before a message is marked failed. */
  maxAttempts: number;
  /** Wait after the first failure; doubles with every further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Messages in flight at once (the pool holds up to 5 connections). */
  concurrency: number;
  /** Override the transport (tests and the benchmark). */
  transport?: Transporter;
}

export const DEFAULT_DELIVERY: DeliveryOptions = { maxAttempts: 6, baseDelayMs: 60_000, maxDelayMs: 6 * 3600_000, concurrency: 10 };

export interface DeliveryOutcome {
  sent: number;
  retrying: number;
  failed: number;
}

/** Wait before attempt `attempts + 1`: base × 2^(attempts − 1), capped. */
export function backoffMs(attempts: number, opts: Pick<DeliveryOptions, 'baseDelayMs' | 'maxDelayMs'>): number {
  return Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

interface SmtpError {
  message?: string;
  response?: string;
  responseCode?: number;
  code?: string;
}

function describeError(err: unknown): { response: string | null; error: string } {
  const e = (err ?? {}) as SmtpError;
  const response = typeof e.response === 'string' ? e.response.trim() : null;
  const parts = [e.code, e.responseCode ? String(e.responseCode) : null, e.message].filter(Boolean);
  return { response, error: parts.join(' ') || 'Onbekende fout bij het versturen' };
}

async function deliverOne(deps: AppDeps, transport: Transporter, m: OutboxRow, attemptId: number, opts: DeliveryOptions, tally: DeliveryOutcome): Promise<void> {
  try {
    const info = (await transport.sendMail({
      from: deps.config.smtpFrom,
      to: m.recipientEmail,
      subject: toOneLine(m.subject),
      text: m.textBody,
      html: m.htmlBody,
      messageId: m.messageIdHeader,
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'X-Akkoord-Outbox-Id': String(m.id) },
    })) as { response?: string; rejected?: unknown[] };
    markSent(deps.db, m.id, attemptId, info.response ?? '250 OK', deps.clock.now().toISOString());
    tally.sent++;
  } catch (err) {
    const { response, error } = describeError(err);
    const now = deps.clock.now();
    const giveUp = m.attempts >= opts.maxAttempts;
    const nextAttemptAt = giveUp ? null : new Date(now.getTime() + backoffMs(m.attempts, opts)).toISOString();
    markAttemptFailed(deps.db, m.id, attemptId, { response, error: giveUp ? `${error} (opgegeven na ${m.attempts} pogingen)` : error, nextAttemptAt }, now.toISOString());
    if (giveUp) tally.failed++;
    else tally.retrying++;
    deps.logger.warn({ outboxId: m.id, attempt: m.attempts, error, response, nextAttemptAt }, 'e-mail not delivered');
  }
}

const running = new WeakMap<Db, Promise<DeliveryOutcome>>();

/**
 * Sends every outbox message that is due, `concurrency` at a time. Each
 * message is claimed (status `sending`, attempt recorded, stable
 * Message-ID) in its own transaction before the SMTP conversation, and
 * marked sent or failed after it. Without SMTP_URL nothing is sent and
 * nothing is lost. Concurrent calls share one run.
 */
export function deliverOutbox(deps: AppDeps, options: Partial<DeliveryOptions> = {}): Promise<DeliveryOutcome> {
  const current = running.get(deps.db);
  if (current) return current;
  const opts = { ...DEFAULT_DELIVERY, ...options };
  const transport = opts.transport ?? getTransport(deps.config);
  if (!transport) return Promise.resolve({ sent: 0, retrying: 0, failed: 0 });
  const tally: DeliveryOutcome = { sent: 0, retrying: 0, failed: 0 };
  const worker = async () => {
    for (;;) {
      if (!deps.db.$client.open) return;
      const claimed = claimNextDue(deps.db, deps.clock.now().toISOString());
      if (!claimed) return;
      await deliverOne(deps, transport, claimed.message, claimed.attemptId, opts, tally);
    }
  };
  const run = Promise.all(Array.from({ length: opts.concurrency }, worker))
    .then(() => tally)
    .finally(() => running.delete(deps.db));
  running.set(deps.db, run);
  return run;
}

/** Resolves when this process's current delivery run (if any) has finished (shutdown waits for it). */
export async function waitForDelivery(db: Db): Promise<void> {
  await running.get(db)?.catch(() => undefined);
}

export const INTERRUPTED_REASON =
  'Verzending onderbroken: de server stopte tijdens het versturen. Mogelijk is het bericht al afgeleverd, daarom wordt het niet automatisch opnieuw verstuurd (zelfde Message-ID). Controleer en verstuur het zo nodig opnieuw.';

/** At start-up: messages a stopped process left `sending` become failed, never re-sent by themselves. */
export function recoverInterruptedSends(deps: AppDeps): number {
  return failInterruptedSends(deps.db, deps.clock.now().toISOString(), INTERRUPTED_REASON);
}
