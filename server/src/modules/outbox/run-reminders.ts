import type { RunResult } from '@akkoord/shared/schemas/reminders';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { deliverOutbox, type DeliveryOptions, type DeliveryOutcome } from './deliver-outbox.ts';
import { countPending } from '../digests/outbox.repo.ts';
import { planReminders } from '../digests/plan-reminders.ts';
import { LAST_RUN_SETTING } from '../reminder-rules/reminder-rules.ts';
import { writeSetting } from '../reminder-rules/reminders.repo.ts';

export type RunTrigger = 'schedule' | 'startup' | 'manual';

/**
 * What a run as of `on` would queue, as the e-mails it would write, by the same planning code with nothing written:
 * no reminder, no message, no setting, no audit event, no delivery (decision 032).
 */
export function previewReminders(deps: AppDeps, opts: { on?: string }): RunResult {
  const started = performance.now();
  const on = opts.on ?? deps.clock.today();
  const plan = planReminders(deps, on, { dryRun: true });
  return {
    on,
    dryRun: true,
    queued: { reminders: plan.reminders, messages: plan.messages, byKind: plan.byKind, skipped: plan.skipped },
    preview: plan.preview,
    delivery: { smtpConfigured: deps.config.smtpUrl !== null, sent: 0, retrying: 0, failed: 0, pending: countPending(deps.db) },
    ms: Math.round(performance.now() - started),
  };
}

/**
 * The reminder job: plan what is due on `on` (default today), then deliver
 * the outbox. Records the run (settings + an audit event when something was
 * queued or an admin asked) and answers what it queued and sent. An admin's
 * run as of another day than today is a preview (`previewReminders`): planning
 * for another date must not queue e-mails that would really go out.
 */
export async function runReminders(deps: AppDeps, opts: { on?: string; trigger: RunTrigger; ctx?: RequestContext; delivery?: Partial<DeliveryOptions> }): Promise<RunResult> {
  const started = performance.now();
  const on = opts.on ?? deps.clock.today();
  const plan = planReminders(deps, on);
  const delivered: DeliveryOutcome = { sent: 0, retrying: 0, failed: 0 };
  for (let round = 0; round < 2; round++) {
    const d = await deliverOutbox(deps, opts.delivery);
    delivered.sent += d.sent;
    delivered.retrying += d.retrying;
    delivered.failed += d.failed;
  }
  const result: RunResult = {
    on,
    dryRun: false,
    preview: null,
    queued: { reminders: plan.reminders, messages: plan.messages, byKind: plan.byKind, skipped: plan.skipped },
    delivery: { smtpConfigured: deps.config.smtpUrl !== null, ...delivered, pending: deps.db.$client.open ? countPending(deps.db) : 0 },
    ms: Math.round(performance.now() - started),
  };
  if (!deps.db.$client.open) return result;
  const at = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    writeSetting(tx, LAST_RUN_SETTING, { at, on, queued: plan.reminders, sent: delivered.sent, trigger: opts.trigger }, at);
    if (plan.reminders > 0 || opts.trigger === 'manual') {
      const actor = opts.ctx ? actorOf(opts.ctx) : { actorId: null, actorLabel: 'systeem' };
      recordAudit(tx, {
        at,
        ...actor,
        entityType: 'reminder_run',
        entityId: on,
        action: 'run',
        after: { trigger: opts.trigger, queued: result.queued, delivery: result.delivery },
        requestId: opts.ctx?.requestId ?? null,
      });
    }
  });
  deps.logger.info({ on, trigger: opts.trigger, queued: plan.reminders, messages: plan.messages, ...delivered, ms: result.ms }, 'reminders run');
  return result;
}
