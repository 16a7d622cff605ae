import { useId, useState, type FormEvent } from 'react';
import type { ReminderStatus, RunResult } from '@akkoord/shared/schemas/reminders';
import { useFormat } from '../../../lib/format/use-format.ts';
import { problemText, serverFieldErrors } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataList } from '../../../components/ui/data-list.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { DateInput } from '../../../components/ui/date-input.tsx';
import { dateInputToValue } from '@akkoord/shared/dates/parse-date-input';
import { useToast } from '../../../components/ui/toast.tsx';
import { useRunReminders } from '../api/run-reminders.ts';

const TRIGGERS = ['manual', 'startup', 'schedule'] as const;
const isTrigger = (v: string): v is (typeof TRIGGERS)[number] => (TRIGGERS as readonly string[]).includes(v);

/** The daily job's schedule, its last run, how mail leaves, and the outbox by status. */
export function ReminderJobStatus({ status }: { status: ReminderStatus }) {
  const t = useT();
  const f = useFormat();
  const last = status.lastRun;
  const counts = status.outbox;
  return (
    <DataList
      items={[
        {
          key: 'schedule',
          label: t('outbox.job.schedule'),
          value: t('outbox.job.daily', { time: status.reminderTime, zone: status.timeZone }),
          note: status.scheduled ? undefined : t('outbox.job.notScheduled'),
        },
        { key: 'next', label: t('outbox.job.nextRun'), value: status.nextRunAt ? f.dateTime(status.nextRunAt) : t('outbox.job.noNextRun') },
        {
          key: 'last',
          label: t('outbox.job.lastRun'),
          value: last ? f.dateTime(last.at) : t('outbox.job.never'),
          note: last
            ? t('outbox.job.lastRunNote', {
                on: f.date(last.on),
                queued: last.queued,
                sent: last.sent,
                trigger: isTrigger(last.trigger) ? t(`outbox.job.trigger.${last.trigger}`) : last.trigger,
              })
            : undefined,
        },
        {
          key: 'smtp',
          label: t('outbox.job.delivery'),
          value: status.smtp.configured ? t('outbox.job.smtp', { host: status.smtp.host ?? t('common.unknown') }) : t('outbox.job.noSmtp'),
          note: status.smtp.configured ? t('outbox.job.from', { from: status.smtp.from }) : t('outbox.job.noSmtpNote'),
        },
        {
          key: 'counts',
          label: t('outbox.job.counts'),
          value: t('outbox.job.countsValue', { pending: counts.pending ?? 0, sending: counts.sending ?? 0, sent: counts.sent ?? 0, failed: counts.failed ?? 0 }),
        },
      ]}
    />
  );
}

/** What a run did, in sentences. */
export function RunResultSummary({ result }: { result: RunResult }) {
  const t = useT();
  const f = useFormat();
  const { queued, delivery } = result;
  const skipped = queued.skipped.acknowledged + queued.skipped.handled + queued.skipped.muted + queued.skipped.noRecipient;
  return (
    <Alert type={delivery.failed ? 'warning' : 'ok'} title={t('outbox.run.done', { on: f.date(result.on) })} live>
      <Paragraph>
        {t('outbox.run.queued', { count: queued.reminders })} {t('outbox.run.messages', { count: queued.messages })}
      </Paragraph>
      <Paragraph>
        {t('outbox.run.byKind', { notice: queued.byKind.notice_deadline ?? 0, termEnd: queued.byKind.term_end ?? 0, review: queued.byKind.review ?? 0 })}
      </Paragraph>
      {skipped ? (
        <Paragraph>
          {t('outbox.run.skipped', {
            acknowledged: queued.skipped.acknowledged,
            handled: queued.skipped.handled,
            muted: queued.skipped.muted,
            noRecipient: queued.skipped.noRecipient,
          })}
        </Paragraph>
      ) : null}
      <Paragraph>
        {delivery.smtpConfigured
          ? t('outbox.run.delivered', { sent: delivery.sent, retrying: delivery.retrying, failed: delivery.failed, pending: delivery.pending })
          : t('outbox.run.notDelivered', { pending: delivery.pending })}
      </Paragraph>
    </Alert>
  );
}

/** "Run now", optionally as of another day, and what that run queued and sent. */
export function RunRemindersForm() {
  const t = useT();
  const toast = useToast();
  const id = useId();
  const run = useRunReminders();
  const [on, setOn] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const day = dateInputToValue(on, { precision: 'day' });
    run.mutate(day, {
      onSuccess: (r) => toast.show(t('outbox.run.toast', { count: r.queued.reminders })),
    });
  };
  const dateError = serverFieldErrors(run.error).on;
  return (
    <form onSubmit={submit} className="app-inline-form" aria-label={t('outbox.run.title')}>
      <FormField id={`${id}-on`} label={t('outbox.run.on')} description={t('outbox.run.onHint')} error={dateError}>
        <DateInput precision="day" value={on} onChange={setOn} />
      </FormField>
      <Button type="submit" appearance="primary" busy={run.isPending}>
        {run.isPending ? t('outbox.run.busy') : t('outbox.run.submit')}
      </Button>
      {run.data && !run.isPending ? <RunResultSummary result={run.data} /> : null}
      {run.error && !run.isPending ? (
        <Alert type="error" live>
          <Paragraph>{problemText(run.error, t)}</Paragraph>
        </Alert>
      ) : null}
    </form>
  );
}
