import { useId, useState, type FormEvent } from 'react';
import type { ReminderStatus, RunResult } from '@akkoord/shared/schemas/reminders';
import { todayInAmsterdam } from '../../../lib/format/dates.ts';
import { useFormat } from '../../../lib/format/use-format.ts';
import { problemText, serverFieldErrors } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataList } from '../../../components/ui/data-list.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { DateInput } from '../../../components/ui/date-input.tsx';
import { dateInputToValue } from '@akkoord/shared/dates/parse-date-input';
import { useToast } from '../../../components/ui/toast.tsx';
import { usePreviewReminders } from '../api/preview-reminders.ts';
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
          value: t('outbox.job.countsValue', {
            pending: counts.pending ?? 0,
            sending: counts.sending ?? 0,
            sent: counts.sent ?? 0,
            failed: counts.failed ?? 0,
            cancelled: counts.cancelled ?? 0,
          }),
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
      <Paragraph>{t('outbox.run.byKind', { notice: queued.byKind.notice_deadline ?? 0, termEnd: queued.byKind.term_end ?? 0, review: queued.byKind.review ?? 0 })}</Paragraph>
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

/** A preview's e-mails: to whom, with which subject, about which agreements and dates; nothing was queued. */
export function PreviewResultSummary({ result }: { result: RunResult }) {
  const t = useT();
  const f = useFormat();
  const messages = result.preview ?? [];
  return (
    <Alert type="info" title={t('outbox.preview.title', { on: f.date(result.on) })} live>
      {messages.length ? (
        <>
          <Paragraph>
            {t('outbox.preview.would', { count: result.queued.reminders })} {t('outbox.run.messages', { count: result.queued.messages })}
          </Paragraph>
          <TableScroll label={t('outbox.preview.table')}>
            <Table caption={t('outbox.preview.table')} captionHidden>
              <THead>
                <Tr>
                  <Th>{t('outbox.to')}</Th>
                  <Th>{t('outbox.subject')}</Th>
                  <Th>{t('outbox.preview.reminders')}</Th>
                </Tr>
              </THead>
              <TBody>
                {messages.map((m) => (
                  <Tr key={`${m.to}-${m.sequence}`}>
                    <Td>
                      <span className="app-break">{m.to}</span>
                    </Td>
                    <Td>
                      {m.subject}
                      {m.extendsMessageId !== null ? (
                        <span className="app-data-list__note">{t('outbox.preview.extends')}</span>
                      ) : m.sequence > 1 ? (
                        <span className="app-data-list__note">{t('outbox.preview.supplement', { n: m.sequence - 1 })}</span>
                      ) : null}
                    </Td>
                    <Td>
                      <ul className="utrecht-unordered-list app-preview-reminders">
                        {m.reminders.map((r) => (
                          <li key={`${r.agreementId}-${r.kind}-${r.deadlineDay}-${r.offsetDays}`} className="utrecht-unordered-list__item">
                            <Link to={`/agreements/${r.agreementId}`}>{r.title}</Link>:{' '}
                            {t('outbox.preview.reminder', {
                              kind: t(`deadlineKind.${r.kind}`),
                              date: f.date(r.deadline ?? r.deadlineDay),
                              days: t('outbox.items.days', { count: r.offsetDays }),
                            })}
                            {r.isEscalation ? <span className="app-data-list__note">{t('outbox.items.escalation')}</span> : null}
                          </li>
                        ))}
                      </ul>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </TableScroll>
        </>
      ) : (
        <Paragraph>{t('outbox.preview.empty')}</Paragraph>
      )}
    </Alert>
  );
}

/**
 * "Run now" (today: queue and send), or with another day a preview of what would be sent then, which queues nothing:
 * planning as of another date must not leave real e-mails in the outbox (decision 032).
 */
export function RunRemindersForm() {
  const t = useT();
  const toast = useToast();
  const id = useId();
  const run = useRunReminders();
  const preview = usePreviewReminders();
  const [on, setOn] = useState('');
  const day = dateInputToValue(on, { precision: 'day' });
  const isPreview = day !== null && day !== todayInAmsterdam();
  const active = isPreview ? preview : run;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (isPreview) {
      run.reset();
      preview.mutate(day);
      return;
    }
    preview.reset();
    run.mutate(null, {
      onSuccess: (r) => toast.show(t('outbox.run.toast', { count: r.queued.reminders })),
    });
  };
  const dateError = serverFieldErrors(active.error).on ?? serverFieldErrors(active.error)['query.on'];
  return (
    <form onSubmit={submit} className="app-inline-form" aria-label={t('outbox.run.title')}>
      <FormField id={`${id}-on`} label={t('outbox.run.on')} description={t('outbox.run.onHint')} error={dateError}>
        <DateInput precision="day" value={on} onChange={setOn} />
      </FormField>
      <Button type="submit" appearance="primary" busy={active.isPending}>
        {active.isPending ? t('outbox.run.busy') : isPreview ? t('outbox.run.previewSubmit') : t('outbox.run.submit')}
      </Button>
      {run.data && !run.isPending ? <RunResultSummary result={run.data} /> : null}
      {preview.data && !preview.isPending ? <PreviewResultSummary result={preview.data} /> : null}
      {active.error && !active.isPending ? (
        <Alert type="error" live>
          <Paragraph>{problemText(active.error, t)}</Paragraph>
        </Alert>
      ) : null}
    </form>
  );
}
