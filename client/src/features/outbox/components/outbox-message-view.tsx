import type { OutboxMessage } from '@akkoord/shared/schemas/reminders';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { DataList } from '../../../components/ui/data-list.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { Section } from '../../../components/ui/page-header.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { outboxPreviewUrl } from '../api/get-outbox-message.ts';
import { OutboxStatusBadge } from './outbox-status-badge.tsx';

/** Envelope of a message: to, status and why, Message-ID. */
export function OutboxEnvelope({ message: m }: { message: OutboxMessage }) {
  const t = useT();
  const f = useFormat();
  return (
    <DataList
      items={[
        { key: 'to', label: t('outbox.to'), value: <span className="app-break">{m.to}</span> },
        { key: 'subject', label: t('outbox.subject'), value: m.subject },
        {
          key: 'status',
          label: t('outbox.statusColumn'),
          value: <OutboxStatusBadge status={m.status} />,
          note: m.cancelled
            ? t('outbox.cancelledBy', { by: m.cancelled.by, at: f.dateTime(m.cancelled.at) })
            : m.status === 'failed'
              ? (m.lastError ?? m.smtpResponse ?? undefined)
              : m.status === 'sent' && m.sentAt
                ? t('outbox.sentAt', { at: f.dateTime(m.sentAt) })
                : (m.smtpResponse ?? undefined),
        },
        {
          key: 'day',
          label: t('outbox.day'),
          value: f.date(m.digestDay),
          note: m.sequence > 1 ? t('outbox.supplement', { n: m.sequence - 1 }) : undefined,
        },
        { key: 'locale', label: t('outbox.locale'), value: t(`locale.${m.locale}`) },
        { key: 'attempts', label: t('outbox.attempts'), value: f.number(m.attempts) },
        { key: 'messageId', label: t('outbox.messageId'), value: <code className="app-break">{m.messageId}</code> },
      ]}
    />
  );
}

/** The reminders the digest carries, most urgent first. */
export function OutboxItems({ message }: { message: OutboxMessage }) {
  const t = useT();
  const f = useFormat();
  if (!message.items.length) return <EmptyState>{t('outbox.items.empty')}</EmptyState>;
  return (
    <TableScroll label={t('outbox.items')}>
      <Table caption={t('outbox.items')} captionHidden>
        <THead>
          <Tr>
            <Th>{t('outbox.items.agreement')}</Th>
            <Th>{t('outbox.items.kind')}</Th>
            <Th>{t('outbox.items.date')}</Th>
            <Th numeric>{t('outbox.items.offset')}</Th>
          </Tr>
        </THead>
        <TBody>
          {message.items.map((item) => (
            <Tr key={`${item.agreementId}-${item.kind}-${item.deadlineDay}-${item.offsetDays}`}>
              <Td>
                <Link to={`/agreements/${item.agreementId}`}>{item.title}</Link>
                {item.isEscalation ? <span className="app-data-list__note">{t('outbox.items.escalation')}</span> : null}
              </Td>
              <Td>{t(`deadlineKind.${item.kind}`)}</Td>
              <Td>{f.date(item.deadline ?? item.deadlineDay)}</Td>
              <Td numeric>{t('outbox.items.days', { count: item.offsetDays })}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}

/**
 * The message as it arrives. The HTML part loads in an iframe from the
 * server's preview route, which answers with its own CSP (nothing loads or
 * runs, `sandbox`, framable by this origin only); the iframe is sandboxed as
 * well, so the message cannot script, navigate or submit anything.
 */
export function OutboxBody({ message }: { message: OutboxMessage }) {
  const t = useT();
  const preview = outboxPreviewUrl(message.id);
  return (
    <>
      <Section id="html" title={t('outbox.html')}>
        <Paragraph className="app-muted">{t('outbox.htmlHint')}</Paragraph>
        <iframe className="app-mail-preview" src={preview} sandbox="" title={t('outbox.htmlFrame', { subject: message.subject })} referrerPolicy="no-referrer" />
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href={preview} target="_blank" rel="noreferrer">
            {t('outbox.htmlOpen')}
          </a>
        </Paragraph>
      </Section>
      <Section id="text" title={t('outbox.text')}>
        <pre className="app-mail-text">{message.text}</pre>
      </Section>
    </>
  );
}

/** Every delivery attempt with the SMTP server's answer. */
export function OutboxAttempts({ message }: { message: OutboxMessage }) {
  const t = useT();
  const f = useFormat();
  if (!message.attemptLog.length) return <EmptyState>{t('outbox.attempts.empty')}</EmptyState>;
  return (
    <TableScroll label={t('outbox.attempts.title')}>
      <Table caption={t('outbox.attempts.title')} captionHidden>
        <THead>
          <Tr>
            <Th numeric>{t('outbox.attempts.no')}</Th>
            <Th>{t('outbox.attempts.started')}</Th>
            <Th>{t('outbox.attempts.outcome')}</Th>
            <Th>{t('outbox.attempts.response')}</Th>
          </Tr>
        </THead>
        <TBody>
          {message.attemptLog.map((a) => (
            <Tr key={a.attemptNo}>
              <Td numeric>{a.attemptNo}</Td>
              <Td>{f.dateTime(a.startedAt)}</Td>
              <Td>{a.outcome ? t(`outbox.attempts.outcome.${a.outcome}`) : t('outbox.attempts.outcome.open')}</Td>
              <Td className="app-break">{a.response ?? '—'}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}
