import type { OutboxSummary } from '@akkoord/shared/schemas/reminders';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Link } from '../../../components/ui/link.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { OutboxStatusBadge } from './outbox-status-badge.tsx';

/** What happened to a message last, in one line: sent when, the next try, or why it failed. */
function DeliveryNote({ m }: { m: OutboxSummary }) {
  const t = useT();
  const f = useFormat();
  if (m.status === 'sent' && m.sentAt) return <>{t('outbox.sentAt', { at: f.dateTime(m.sentAt) })}</>;
  if (m.status === 'failed') return <>{m.lastError ?? m.smtpResponse ?? t('common.unknown')}</>;
  if (m.status === 'pending' && m.nextAttemptAt && m.attempts > 0) return <>{t('outbox.nextAttempt', { at: f.dateTime(m.nextAttemptAt) })}</>;
  if (m.status === 'pending') return <>{t('outbox.waiting')}</>;
  return <>{t('outbox.sendingNow')}</>;
}

/** Outgoing e-mail, newest first; each subject opens the message as it arrives. */
export function OutboxTable({ messages }: { messages: OutboxSummary[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <TableScroll label={t('outbox.table')}>
      <Table caption={t('outbox.table')} captionHidden>
        <THead>
          <Tr>
            <Th>{t('outbox.subject')}</Th>
            <Th>{t('outbox.to')}</Th>
            <Th>{t('outbox.day')}</Th>
            <Th>{t('outbox.statusColumn')}</Th>
            <Th numeric>{t('outbox.attempts')}</Th>
          </Tr>
        </THead>
        <TBody>
          {messages.map((m) => (
            <Tr key={m.id}>
              <Td>
                <Link to={`/admin/outbox/${m.id}`}>{m.subject}</Link>
                <span className="app-data-list__note">{t('outbox.itemCount', { count: m.itemCount })}</span>
              </Td>
              <Td className="app-break">{m.to}</Td>
              <Td>{f.dateShort(m.digestDay)}</Td>
              <Td>
                <OutboxStatusBadge status={m.status} />
                <span className="app-data-list__note">
                  <DeliveryNote m={m} />
                </span>
              </Td>
              <Td numeric>{f.number(m.attempts)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}
