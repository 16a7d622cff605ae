import type { AuditEvent } from '@akkoord/shared/schemas/audit';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Link } from '../../../components/ui/link.tsx';
import { humanise, useAuditText } from '../../../components/domain/audit-values.ts';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { isAuditAction, isAuditEntityType } from '@akkoord/shared/domain/audit-vocabulary';
import { changeRows, entityPath } from '../vocabulary.ts';

/** Before and after of one event, folded away until asked for. */
function EventDetails({ event }: { event: AuditEvent }) {
  const t = useT();
  const f = useFormat();
  const words = useAuditText();
  // Agreements and their relations read in words (labels, dates as dates); other records show their stored fields.
  const inWords = event.entityType === 'agreement' || event.entityType === 'agreement_relation';
  const rows = changeRows(event, inWords ? words.value : undefined);
  // A destruction removed the personal data from before/after (decision 063): say so rather than show it as empty.
  const redacted = event.redactedAt ? <p className="app-data-list__note">{t('audit.redacted', { date: f.dateTime(event.redactedAt) })}</p> : null;
  if (!rows.length) return redacted ?? <span className="app-muted">—</span>;
  return (
    <>
      {redacted}
      <details className="app-audit-details">
        <summary>{event.changes.length ? t('audit.changes', { count: event.changes.length }) : t('audit.snapshot')}</summary>
        <table className="app-audit-changes">
          <thead>
            <tr>
              <th scope="col">{t('audit.field')}</th>
              <th scope="col">{t('audit.before')}</th>
              <th scope="col">{t('audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field}>
                <th scope="row">{inWords ? <span title={r.field}>{words.field(r.field)}</span> : <code>{r.field}</code>}</th>
                <td>{r.before}</td>
                <td>{r.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {event.requestId ? <p className="app-data-list__note">{t('audit.requestId', { id: event.requestId })}</p> : null}
      </details>
    </>
  );
}

/** The audit trail: who did what to which record, when; newest first. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <TableScroll label={t('audit.table')}>
      <Table caption={t('audit.table')} captionHidden className="app-audit-table">
        <THead>
          <Tr>
            <Th>{t('audit.when')}</Th>
            <Th>{t('audit.who')}</Th>
            <Th>{t('audit.what')}</Th>
            <Th>{t('audit.action')}</Th>
            <Th>{t('audit.details')}</Th>
          </Tr>
        </THead>
        <TBody>
          {events.map((e) => {
            const path = entityPath(e.entityType, e.entityId);
            const type = isAuditEntityType(e.entityType) ? t(`audit.entity.${e.entityType}`) : e.entityType;
            return (
              <Tr key={e.id}>
                <Td className="app-nowrap">{f.dateTime(e.at)}</Td>
                <Td className="app-break">{e.actorId === null && e.actorLabel === 'systeem' ? t('audit.system') : e.actorLabel}</Td>
                <Td>
                  {type} {path ? <Link to={path}>{e.entityId}</Link> : <span className="app-break">{e.entityId}</span>}
                </Td>
                <Td>{isAuditAction(e.action) ? t(`audit.action.${e.action}`) : humanise(e.action)}</Td>
                <Td>
                  <EventDetails event={e} />
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </TableScroll>
  );
}
