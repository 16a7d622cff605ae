import type { AgreementSummary } from '@akkoord/shared/schemas/agreement';
import { useT } from '../../lib/i18n/use-t.ts';
import { Link } from '../ui/link.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { AgreementStatusBadge } from './agreement-status-badge.tsx';
import { PartialDateText } from './partial-date.tsx';

/** A small, complete table of agreements (collaboration pages, organisation pages). */
export function AgreementTable({ agreements, caption }: { agreements: AgreementSummary[]; caption: string }) {
  const t = useT();
  return (
    <TableScroll label={caption}>
      <Table caption={caption} captionHidden>
        <THead>
          <Tr>
            <Th>{t('register.col.title')}</Th>
            <Th>{t('register.col.type')}</Th>
            <Th>{t('register.col.parties')}</Th>
            <Th>{t('register.col.start')}</Th>
            <Th>{t('register.col.end')}</Th>
            <Th>{t('register.col.status')}</Th>
          </Tr>
        </THead>
        <TBody>
          {agreements.map((a) => (
            <Tr key={a.id}>
              <Td>
                <Link to={`/agreements/${a.id}`}>{a.title}</Link>
                {a.archived ? <StatusBadge tone="inactive"> {t('common.archived')}</StatusBadge> : null}
              </Td>
              <Td>{t(`type.${a.type}`)}</Td>
              <Td>{a.parties.length ? a.parties.map((p) => `${p.name} (${t(`role.${p.role}`)})`).join(', ') : <span className="app-unknown">{t('common.unknown')}</span>}</Td>
              <Td>
                <PartialDateText value={a.startDate} short />
              </Td>
              <Td>{a.termKind === 'indefinite' ? t('termKind.indefinite') : <PartialDateText value={a.endDate} short />}</Td>
              <Td>
                <AgreementStatusBadge status={a.status} />
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}
