import type { AuditEvent } from '@akkoord/shared/schemas/audit';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { useAuditText } from '../../../components/domain/audit-values.ts';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';

const asRecord = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** What an event changed, field by field, old → new (what the event stored; older events may have less). */
function EventChanges({ event }: { event: AuditEvent }) {
  const t = useT();
  const words = useAuditText();
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  // A relation added or removed: which kind, to or from which agreement.
  const relation = event.entityType === 'agreement_relation' ? (after ?? before) : null;
  if (relation) {
    const kind = words.value('kind', relation.kind);
    const other = [relation.sourceId, relation.targetId].filter((id) => String(id) !== event.entityId && typeof id === 'number');
    return <span className="app-data-list__note">{other.length ? t('history.relation', { kind, ids: other.map((id) => `#${String(id)}`).join(', ') }) : kind}</span>;
  }
  if (!before || !after || !event.changes.length) return null;
  return (
    <ul className="app-history-changes">
      {event.changes.map((field) => (
        <li key={field}>
          <span className="app-history-changes__field">{words.field(field)}</span>: <span className="app-history-changes__old">{words.value(field, before[field])}</span>{' '}
          <span aria-hidden="true">→</span>
          <span className="app-visually-hidden"> {t('history.becomes')}</span> <span className="app-history-changes__new">{words.value(field, after[field])}</span>
        </li>
      ))}
    </ul>
  );
}

/** Who changed what and when (the agreement's audit trail, newest first), in words with old → new values. */
export function HistoryTable({ events }: { events: AuditEvent[] }) {
  const t = useT();
  const f = useFormat();
  const words = useAuditText();
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
              <Td className="app-nowrap">{f.dateTime(e.at)}</Td>
              <Td>{e.actorLabel || t('agreement.history.system')}</Td>
              <Td>
                <span className="app-history-action">{words.action(e.entityType, e.action)}</span>
                {e.redactedAt ? <span className="app-data-list__note">{t('audit.redacted', { date: f.dateTime(e.redactedAt) })}</span> : null}
                <EventChanges event={e} />
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}
