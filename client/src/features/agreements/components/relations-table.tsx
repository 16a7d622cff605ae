import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { useT } from '../../../lib/i18n/use-t.ts';
import { RestrictedAgreement } from '../../../components/domain/restricted-agreement.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';

/** Relations read from this agreement's side ("Gedekt door …", "Basis voor …"); one outside the user's collaborations without link or details. */
export function RelationsTable({ relations }: { relations: Agreement['relations'] }) {
  const t = useT();
  if (!relations.length) return <EmptyState>{t('agreement.relations.empty')}</EmptyState>;
  return (
    <TableScroll label={t('agreement.relations')}>
      <Table caption={t('agreement.relations')} captionHidden>
        <THead>
          <Tr>
            <Th>{t('agreement.relations.kind')}</Th>
            <Th>{t('agreement.relations.other')}</Th>
            <Th>{t('register.col.type')}</Th>
          </Tr>
        </THead>
        <TBody>
          {relations.map((r) => (
            <Tr key={r.id}>
              <Td>{t(`relation.${r.kind}.${r.direction}`)}</Td>
              {r.restricted ? (
                <>
                  <Td>
                    <RestrictedAgreement id={r.otherAgreementId} />
                  </Td>
                  <Td>{t('agreement.restricted.noAccess')}</Td>
                </>
              ) : (
                <>
                  <Td>
                    <Link to={`/agreements/${r.otherAgreementId}`}>{r.otherTitle}</Link>
                    {r.otherArchived ? <StatusBadge tone="inactive"> {t('common.archived')}</StatusBadge> : null}
                    {r.note ? <span className="app-data-list__note">{r.note}</span> : null}
                  </Td>
                  <Td>{t(`type.${r.otherType}`)}</Td>
                </>
              )}
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}
