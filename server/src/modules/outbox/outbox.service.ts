import type { Page } from '@akkoord/shared/schemas/common';
import type { ListOutboxQuery, OutboxMessage, OutboxSummary, ReminderStatus } from '@akkoord/shared/schemas/reminders';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../http/keyset-cursor.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { deliverOutbox } from './deliver-outbox.ts';
import { cancelMessage, countByStatus, findAttempts, findMessage, listMessages, requeueMessage } from '../digests/outbox.repo.ts';
import { nextDailyRun, scheduledJobOf } from './reminder-job.ts';
import { LAST_RUN_SETTING, REMINDER_TIME_ZONE } from '../reminder-rules/reminder-rules.ts';
import { findItemsOfMessage, readSetting } from '../reminder-rules/reminders.repo.ts';
import { presentOutboxMessage, presentOutboxSummary } from './outbox.presenter.ts';
import { smtpHost } from './smtp-transport.ts';

const CURSOR_SORT = 'outbox';

/** The outbox, newest first, optionally one status, one keyset page at a time. */
export function listOutbox(deps: AppDeps, q: ListOutboxQuery): Page<OutboxSummary> {
  const before = q.cursor ? decodeCursor(q.cursor, CURSOR_SORT).id : null;
  const { rows, total } = listMessages(deps.db, q.status, q.limit, before);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { items: page.map(presentOutboxSummary), nextCursor: rows.length > q.limit && last ? encodeCursor(CURSOR_SORT, last.id, last.id) : null, total };
}

/** One message exactly as it would arrive, with its attempts. */
export function getOutboxMessage(deps: AppDeps, id: number): OutboxMessage {
  const m = findMessage(deps.db, id);
  if (!m) throw new AppError('not_found', `Bericht ${id} bestaat niet`);
  return presentOutboxMessage(m, findAttempts(deps.db, id), findItemsOfMessage(deps.db, id));
}

/** Puts a failed message back in the queue (same Message-ID) and tries to deliver it now. */
export async function resendOutboxMessage(deps: AppDeps, ctx: RequestContext, id: number): Promise<OutboxMessage> {
  const m = findMessage(deps.db, id);
  if (!m) throw new AppError('not_found', `Bericht ${id} bestaat niet`);
  if (m.status !== 'failed') throw new AppError('conflict', `Alleen mislukte berichten kunnen opnieuw; dit bericht is ${m.status}`);
  const at = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    if (!requeueMessage(tx, id, at)) throw new AppError('conflict', 'Het bericht is intussen gewijzigd; probeer opnieuw');
    recordAudit(tx, {
      at,
      ...actorOf(ctx),
      entityType: 'outbox_message',
      entityId: id,
      action: 'resend',
      before: { status: m.status, lastError: m.lastError },
      requestId: ctx.requestId,
    });
  });
  await deliverOutbox(deps);
  return getOutboxMessage(deps, id);
}

/**
 * Stops a queued message before it is sent (also one waiting for a retry, or failed): `cancelled`, with who and when,
 * audited; the sender never sends it and its reminders are not queued again. A message on its way or sent: 409.
 */
export function cancelOutboxMessage(deps: AppDeps, ctx: RequestContext, id: number): OutboxMessage {
  const m = findMessage(deps.db, id);
  if (!m) throw new AppError('not_found', `Bericht ${id} bestaat niet`);
  if (m.status !== 'pending' && m.status !== 'failed') {
    throw new AppError(
      'conflict',
      m.status === 'cancelled'
        ? 'Dit bericht is al geannuleerd'
        : `Een bericht dat ${m.status === 'sent' ? 'verzonden is' : 'nu verzonden wordt'} kan niet meer worden geannuleerd`,
    );
  }
  const at = deps.clock.now().toISOString();
  const actor = actorOf(ctx);
  deps.db.transaction((tx) => {
    if (!cancelMessage(tx, id, at, actor.actorLabel)) throw new AppError('conflict', 'Het bericht is intussen verzonden of gewijzigd; het kan niet meer worden geannuleerd');
    recordAudit(tx, {
      at,
      ...actor,
      entityType: 'outbox_message',
      entityId: id,
      action: 'cancel',
      before: { status: m.status, to: m.recipientEmail, subject: m.subject },
      after: { status: 'cancelled' },
      requestId: ctx.requestId,
    });
  });
  return getOutboxMessage(deps, id);
}

/** Schedule, last run, SMTP and outbox counts for the admin page. */
export function getReminderStatus(deps: AppDeps): ReminderStatus {
  const job = scheduledJobOf(deps.db);
  const next = job ? job.nextRun() : nextDailyRun(deps.config, deps.clock.now());
  const lastRun = readSetting(deps.db, LAST_RUN_SETTING) as ReminderStatus['lastRun'] | undefined;
  return {
    timeZone: REMINDER_TIME_ZONE,
    reminderTime: deps.config.reminderTime,
    scheduled: job !== undefined,
    nextRunAt: next ? next.toISOString() : null,
    lastRun: lastRun ?? null,
    smtp: { configured: deps.config.smtpUrl !== null, host: smtpHost(deps.config), from: deps.config.smtpFrom },
    outbox: countByStatus(deps.db),
  };
}
