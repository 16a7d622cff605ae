import type { User } from '@akkoord/shared/schemas/user';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { RowActions } from '../../../components/ui/row-actions.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';

export type UserAction = 'edit' | 'reset' | 'deactivate' | 'reactivate';

/** Active, deactivated or locked out, with a temporary password noted. */
function AccountState({ user, now }: { user: User; now: number }) {
  const t = useT();
  const f = useFormat();
  const locked = user.lockedUntil !== null && Date.parse(user.lockedUntil) > now;
  return (
    <>
      {!user.active ? (
        <StatusBadge tone="inactive">{t('users.state.inactive')}</StatusBadge>
      ) : user.ssoWaitingSince ? (
        <StatusBadge tone="danger">{t('users.state.waiting')}</StatusBadge>
      ) : locked ? (
        <StatusBadge tone="danger">{t('users.state.locked')}</StatusBadge>
      ) : (
        <StatusBadge tone="safe">{t('users.state.active')}</StatusBadge>
      )}
      {locked && user.lockedUntil ? <span className="app-data-list__note">{t('users.lockedUntil', { at: f.dateTime(user.lockedUntil) })}</span> : null}
      {user.active && user.mustChangePassword ? <span className="app-data-list__note">{t('users.temporaryPassword')}</span> : null}
    </>
  );
}

/** Every account with what an admin can do to it; buttons name the account for screen readers. */
export function UsersTable({ users, currentUserId, onAction }: { users: User[]; currentUserId: string | null; onAction: (action: UserAction, user: User) => void }) {
  const t = useT();
  const f = useFormat();
  const now = Date.now();
  return (
    <TableScroll label={t('users.table')}>
      <Table caption={t('users.table')} captionHidden>
        <THead>
          <Tr>
            <Th>{t('users.name')}</Th>
            <Th>{t('users.role')}</Th>
            <Th>{t('users.scope')}</Th>
            <Th>{t('users.state')}</Th>
            <Th>{t('users.lastSignIn')}</Th>
            <Th>{t('users.actions')}</Th>
          </Tr>
        </THead>
        <TBody>
          {users.map((u) => {
            const self = String(u.id) === currentUserId;
            return (
              <Tr key={u.id}>
                <Td>
                  {u.name}
                  {self ? <span className="app-muted"> {t('users.you')}</span> : null}
                  <span className="app-data-list__note app-break">{u.email}</span>
                </Td>
                <Td>{t(`userRole.${u.role}`)}</Td>
                <Td>{u.collaborationScope?.length ? u.collaborationScope.join(', ') : <span className="app-muted">{t('users.scope.all')}</span>}</Td>
                <Td>
                  <AccountState user={u} now={now} />
                </Td>
                <Td>{u.lastSignInAt ? f.dateTime(u.lastSignInAt) : <span className="app-muted">{t('users.never')}</span>}</Td>
                <Td>
                  <RowActions
                    rowName={u.name}
                    actions={[
                      { key: 'edit', label: t('common.edit'), onClick: () => onAction('edit', u) },
                      !self && u.active && { key: 'reset', label: t('users.reset'), onClick: () => onAction('reset', u) },
                      !self && {
                        key: 'active',
                        label: u.active ? t('users.deactivate') : t('users.reactivate'),
                        onClick: () => onAction(u.active ? 'deactivate' : 'reactivate', u),
                      },
                    ]}
                  />
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </TableScroll>
  );
}
