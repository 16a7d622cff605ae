import type { AuditEvent } from '@akkoord/shared/schemas/audit';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import type { PlainMessageKey } from '../../../lib/i18n/dictionary.ts';
import { FIELD_LABELS } from '../field-labels.ts';

const ACTIONS = ['create', 'update', 'archive', 'restore', 'relate', 'unrelate', 'terminate', 'start', 'decide', 'activate', 'create_successor', 'renewed_by_successor', 'cancel_renewal', 'renewal_cancelled', 'withdraw_notice'] as const;
const isAction = (a: string): a is (typeof ACTIONS)[number] => (ACTIONS as readonly string[]).includes(a);
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';

/** Who changed what and when (the agreement's audit trail, newest first). */
export function HistoryTable({ events }: { events: AuditEvent[] }) {
  const t = useT();
  const f = useFormat();
  if (!events.length) return <EmptyState>{t('agreement.history.empty')}</EmptyState>;
  return (
    <TableScroll label={t('agreement.history')}>
      <Table caption={t('agreement.history')} captionHidden>
        <THead>
          <Tr>
            <Th>{t('agreement.history.when')}</Th>
            <Th>{t('agreement.history.who')}</Th>
            <Th>{t('agreement.history.what')}</Th>
          </Tr>
        </THead>
        <TBody>
          {events.map((e) => (
            <Tr key={e.id}>
              <Td>{f.dateTime(e.at)}</Td>
              <Td>{e.actorLabel || t('agreement.history.system')}</Td>
              <Td>
                {isAction(e.action) ? t(`history.action.${e.action}` as PlainMessageKey) : e.action}
                {e.changes.length ? (
                  <span className="app-data-list__note">{e.changes.map((c) => (FIELD_LABELS[c] ? t(FIELD_LABELS[c]) : c)).join(', ')}</span>
                ) : null}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}
