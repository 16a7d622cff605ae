import type { ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Link } from '../../../components/ui/link.tsx';
import { RowActionButton } from '../../../components/ui/row-actions.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';

export interface CollaborationRow {
  code: string;
  name: string;
}

/** Each collaboration's team address, from the directory's `teamAddressOf` (collaborations outside the user's have no code and are not listed). */
export function teamAddressesByCode(addresses: readonly ReminderAddress[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of addresses) for (const c of a.teamAddressOf) if (!c.restricted) out.set(c.code, a.email);
  return out;
}

/** The collaborations with their team address and a button to set it. */
export function TeamAddressesTable({
  collaborations,
  teamAddresses,
  canManage,
  onEdit,
}: {
  collaborations: CollaborationRow[];
  teamAddresses: Map<string, string>;
  canManage: boolean;
  onEdit: (c: CollaborationRow) => void;
}) {
  const t = useT();
  return (
    <TableScroll label={t('teamAddresses.table')}>
      <Table caption={t('teamAddresses.table')} captionHidden>
        <THead>
          <Tr>
            <Th>{t('teamAddresses.collaboration')}</Th>
            <Th>{t('teamAddresses.address')}</Th>
            {canManage ? <Th>{t('addresses.actions')}</Th> : null}
          </Tr>
        </THead>
        <TBody>
          {collaborations.map((c) => {
            const email = teamAddresses.get(c.code);
            return (
              <Tr key={c.code}>
                <Td>
                  <Link to={`/collaborations/${encodeURIComponent(c.code)}`}>{c.code}</Link>
                  <span className="app-data-list__note">{c.name}</span>
                </Td>
                <Td>{email ? <span className="app-break">{email}</span> : <span className="app-muted">{t('teamAddresses.none')}</span>}</Td>
                {canManage ? (
                  <Td>
                    <RowActionButton rowName={c.code} onClick={() => onEdit(c)}>
                      {t('teamAddresses.edit')}
                    </RowActionButton>
                  </Td>
                ) : null}
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </TableScroll>
  );
}
