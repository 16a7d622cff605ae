import type { CollaborationDetail } from '@akkoord/shared/schemas/collaboration';
import { useT } from '../../../lib/i18n/use-t.ts';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';

/** The organisations that take part, with their role in the collaboration. */
export function MembersTable({ members }: { members: CollaborationDetail['members'] }) {
  const t = useT();
  if (!members.length) return <EmptyState>{t('collaboration.members.empty')}</EmptyState>;
  return (
    <TableScroll label={t('collaboration.members')}>
      <Table caption={t('collaboration.members')} captionHidden>
        <THead>
          <Tr>
            <Th>{t('collaboration.members.name')}</Th>
            <Th>{t('collaboration.members.kind')}</Th>
            <Th>{t('collaboration.members.role')}</Th>
          </Tr>
        </THead>
        <TBody>
          {members.map((m) => (
            <Tr key={`${m.organisationId}-${m.role}`}>
              <Td>
                <Link to={`/organisations/${m.organisationId}`}>{m.name}</Link>
              </Td>
              <Td>{t(`orgKind.${m.kind}`)}</Td>
              <Td>
                {t(`memberRole.${m.role}`)}
                {m.note ? <span className="app-data-list__note">{m.note}</span> : null}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}
