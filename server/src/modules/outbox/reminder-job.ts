import { Cron } from 'croner';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { collectBatchGarbage } from '../../lib/release-memory.ts';
import type { AppDeps } from '../../deps.ts';
import type { StartupHook } from '../../startup.ts';
import { deliverOutbox, recoverInterruptedSends, waitForDelivery } from './deliver-outbox.ts';
import { REMINDER_TIME_ZONE } from '../reminder-rules/reminder-rules.ts';
import { runReminders } from './run-reminders.ts';
import { closeTransports, smtpHost } from './smtp-transport.ts';

/** The croner pattern for "daily at HH:MM". */
export function dailyPattern(reminderTime: string): string {
  const [hh, mm] = reminderTime.split(':');
  return `${Number(mm)} ${Number(hh)} * * *`;
}

/** When the daily job runs next after `from` (Europe/Amsterdam, DST-aware). */
export function nextDailyRun(config: Pick<Config, 'reminderTime'>, from: Date = new Date()): Date | null {
  const probe = new Cron(dailyPattern(config.reminderTime), { timezone: REMINDER_TIME_ZONE, paused: true });
  const next = probe.nextRun(from);
  probe.stop();
  return next;
}

/** Jobs this process runs, per database (the status endpoint asks). */
const scheduled = new WeakMap<Db, Cron>();

export function scheduledJobOf(db: Db): Cron | undefined {
  return scheduled.get(db);
}

function formatInstant(d: Date | null): string {
  if (!d) return 'onbekend';
  return new Intl.DateTimeFormat('nl-NL', { timeZone: REMINDER_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/**
 * Start-up hook: settles messages an earlier process left half-sent, runs
 * the job once to catch up on missed days (once the server listens), schedules it daily at
 * REMINDER_TIME in Europe/Amsterdam and retries due messages every minute.
 */
export const startReminderJob: StartupHook = (deps: AppDeps) => {
  const interrupted = recoverInterruptedSends(deps);
  if (interrupted) deps.logger.warn({ interrupted }, 'outbox messages interrupted mid-delivery marked failed (not re-sent automatically)');
  const onError = (err: unknown) => deps.logger.error({ err }, 'reminder job failed');
  const daily = new Cron(dailyPattern(deps.config.reminderTime), { timezone: REMINDER_TIME_ZONE, protect: true, catch: onError }, async () => {
    await runReminders(deps, { trigger: 'schedule' });
    collectBatchGarbage();
  });
  const retry = new Cron('* * * * *', { timezone: REMINDER_TIME_ZONE, protect: true, catch: onError }, async () => {
    if (deps.db.$client.open) await deliverOutbox(deps);
  });
  scheduled.set(deps.db, daily);
  // The catch-up run starts once the server listens (afterListen), not while later start-up hooks await.
  let catchUp: Promise<void> = Promise.resolve();
  const startCatchUp = () => {
    catchUp = new Promise<void>((resolve) => {
      setImmediate(() => {
        runReminders(deps, { trigger: 'startup' })
          .catch(onError)
          .finally(() => {
            collectBatchGarbage();
            resolve();
          });
      });
    });
  };
  const host = smtpHost(deps.config);
  const mail = host ? `e-mail via ${host}` : 'geen SMTP_URL ingesteld: e-mails blijven in de outbox (Uitgaande e-mail)';
  return {
    afterListen: startCatchUp,
    message: `Herinneringen: dagelijks om ${deps.config.reminderTime} (${REMINDER_TIME_ZONE}), volgende run ${formatInstant(daily.nextRun())}; ${mail}.`,
    stop: async () => {
      daily.stop();
      retry.stop();
      scheduled.delete(deps.db);
      await catchUp;
      await waitForDelivery(deps.db);
      closeTransports();
    },
  };
};
