import type { AddressFollow, ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { RestrictedCollaboration } from '../../../components/domain/restricted-collaboration.tsx';
import { useT } from '../../../lib/i18n/use-t.ts';
import { CollaborationLink } from '../../../components/domain/collaboration-link.tsx';
import { RestrictedAgreement } from '../../../components/domain/restricted-agreement.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { RowActions } from '../../../components/ui/row-actions.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';

export type AddressAction = 'edit' | 'delete' | 'calendar';

/** Whether the user may open a collaboration's page (false outside their collaborations). */
type CanOpenCollaboration = (code: string) => boolean;

/**
 * One thing an address follows: a link, or words for an agreement or a
 * collaboration outside the user's collaborations (the server sends those
 * without title, name or code). A followed collaboration is titled "CODE — name".
 */
function Followed({ follow: f, canOpenCollaboration }: { follow: AddressFollow; canOpenCollaboration: CanOpenCollaboration }) {
  if (f.restricted) return f.subjectKind === 'agreement' ? <RestrictedAgreement id={f.subjectId} /> : <RestrictedCollaboration />;
  if (f.subjectKind === 'agreement') return <Link to={`/agreements/${f.subjectId}`}>{f.title}</Link>;
  const code = f.title.split(' — ')[0] ?? '';
  return (
    <CollaborationLink code={code} canOpen={canOpenCollaboration(code)}>
      {f.title}
    </CollaborationLink>
  );
}

/** What an address follows, as links to the agreements and collaborations the user may open. */
function Follows({ address, canOpenCollaboration }: { address: ReminderAddress; canOpenCollaboration: CanOpenCollaboration }) {
  const t = useT();
  const outside = address.reachesOutsideScope ? <span className="app-data-list__note">{t('addresses.outsideScope')}</span> : null;
  if (!address.follows.length && !address.teamAddressOf.length) {
    return (
      <>
        <span className="app-muted">{t('addresses.followsNothing')}</span>
        {outside}
      </>
    );
  }
  return (
    <>
      {address.follows.length ? (
        <ul className="utrecht-unordered-list">
          {address.follows.map((f) => (
            <li className="utrecht-unordered-list__item" key={`${f.subjectKind}-${f.subjectId}`}>
              <Followed follow={f} canOpenCollaboration={canOpenCollaboration} />
            </li>
          ))}
        </ul>
      ) : null}
      {address.teamAddressOf.length ? (
        <span className="app-data-list__note">
          {t('addresses.teamAddressOf', { codes: address.teamAddressOf.map((c) => (c.restricted ? t('addresses.teamAddressOf.restricted') : c.code)).join(', ') })}
        </span>
      ) : null}
      {outside}
    </>
  );
}

/**
 * The plain addresses reminders reach (users' own feeds are not listed); they
 * can be edited and removed (not one that reaches outside the user's
 * collaborations), every row offers its calendar URL.
 */
export function AddressesTable({
  addresses,
  canManage,
  canOpenCollaboration,
  onAction,
}: {
  addresses: ReminderAddress[];
  canManage: boolean;
  canOpenCollaboration: CanOpenCollaboration;
  onAction: (action: AddressAction, a: ReminderAddress) => void;
}) {
  const t = useT();
  const canChange = (a: ReminderAddress) => canManage && a.kind === 'address' && !a.reachesOutsideScope;
  return (
    <TableScroll label={t('addresses.table')}>
      <Table caption={t('addresses.table')} captionHidden>
        <THead>
          <Tr>
            <Th>{t('addresses.email')}</Th>
            <Th>{t('addresses.locale')}</Th>
            <Th>{t('addresses.follows')}</Th>
            <Th>{t('addresses.actions')}</Th>
          </Tr>
        </THead>
        <TBody>
          {addresses.map((a) => (
            <Tr key={a.id}>
              <Td>
                <span className="app-break">{a.email}</span>
                {a.label ? <span className="app-data-list__note">{a.label}</span> : null}
              </Td>
              <Td>{t(`locale.${a.locale}`)}</Td>
              <Td>
                <Follows address={a} canOpenCollaboration={canOpenCollaboration} />
              </Td>
              <Td>
                <RowActions
                  rowName={a.email}
                  actions={[
                    { key: 'calendar', label: t('addresses.calendar'), onClick: () => onAction('calendar', a) },
                    canChange(a) && { key: 'edit', label: t('common.edit'), onClick: () => onAction('edit', a) },
                    canChange(a) && { key: 'delete', label: t('addresses.delete'), onClick: () => onAction('delete', a) },
                  ]}
                />
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </TableScroll>
  );
}
