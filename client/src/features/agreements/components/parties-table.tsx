import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { useT } from '../../../lib/i18n/use-t.ts';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { PartialDateText } from '../../../components/domain/partial-date.tsx';

/** Parties with their role and whether the source states or implies it. */
export function PartiesTable({ parties }: { parties: Agreement['parties'] }) {
  const t = useT();
  if (!parties.length) return <EmptyState>{t('agreement.parties.empty')}</EmptyState>;
  return (
    <TableScroll label={t('agreement.parties')}>
      <Table caption={t('agreement.parties')} captionHidden>
        <THead>
          <Tr>
            <Th>{t('agreement.parties.organisation')}</Th>
            <Th>{t('agreement.parties.role')}</Th>
            <Th>{t('agreement.parties.basis')}</Th>
            <Th>{t('agreement.parties.signatory')}</Th>
          </Tr>
        </THead>
        <TBody>
          {parties.map((p) => (
            <Tr key={`${p.organisationId}-${p.role}`}>
              <Td>
                <Link to={`/organisations/${p.organisationId}`}>{p.organisationName}</Link>
              </Td>
              <Td>{t(`role.${p.role}`)}</Td>
              <Td>
                <StatusBadge tone={p.basis === 'stated' ? 'safe' : 'neutral'}>{t(`basis.${p.basis}`)}</StatusBadge>
              </Td>
              <Td>
                {p.signatoryName || p.signatoryTitle ? (
                  <>
                    {[p.signatoryName, p.signatoryTitle].filter(Boolean).join(', ')}
                    {p.signatoryMandate ? <span className="app-data-list__note">{p.signatoryMandate}</span> : null}
                    {p.signedDate ? (
                      <span className="app-data-list__note">
                        <PartialDateText value={p.signedDate} />
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className="app-unknown">{t('common.unknown')}</span>
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}
