import type { User, UserWithPassword } from '@akkoord/shared/schemas/user';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useCollaborations } from '../../features/collaborations/api/list-collaborations.ts';
import { useSession } from '../../features/session/api/get-session.ts';
import { useCan } from '../../features/session/api/use-can.ts';
import { useResetUserPassword } from '../../features/users/api/reset-user-password.ts';
import { useSetUserActive } from '../../features/users/api/set-user-active.ts';
import { usersQueryOptions, useUsers } from '../../features/users/api/list-users.ts';
import { ConfirmUserAction, type ConfirmableAction } from '../../features/users/components/confirm-user-action.tsx';
import { PasswordOnceDialog } from '../../features/users/components/password-once-dialog.tsx';
import { UserFormDialog } from '../../features/users/components/user-form-dialog.tsx';
import { UsersTable, type UserAction } from '../../features/users/components/users-table.tsx';
import { queryClient } from '../query-client.ts';
import { useDialogState } from '../../lib/use-dialog-state.ts';

export function loader() {
  void queryClient.prefetchQuery(usersQueryOptions());
  return null;
}

type Open =
  { kind: 'form'; user: User | null } | { kind: 'confirm'; action: ConfirmableAction; user: User } | { kind: 'password'; result: UserWithPassword; created: boolean } | null;

/** Accounts: create, change role and scope, reset a password (shown once), deactivate and reactivate (admins). */
export function Component() {
  const t = useT();
  const toast = useToast();
  useDocumentTitle(t('users.title'));
  const users = useUsers();
  const session = useSession().data;
  const currentUserId = session?.kind === 'signed-in' ? session.user.id : null;
  const collaborations = (useCollaborations().data ?? []).map((c) => ({ code: c.code, name: c.name }));
  const canCreate = useCan('user', 'create');
  const reset = useResetUserPassword();
  const activate = useSetUserActive();
  const [open, setOpen] = useDialogState<NonNullable<Open>>();

  const onAction = (action: UserAction, user: User) => {
    reset.reset();
    activate.reset();
    setOpen(action === 'edit' ? { kind: 'form', user } : { kind: 'confirm', action, user });
  };
  const confirm = (action: ConfirmableAction, user: User) => {
    if (action === 'reset') {
      reset.mutate(user.id, { onSuccess: (result) => setOpen({ kind: 'password', result, created: false }) });
    } else {
      activate.mutate(
        { id: user.id, active: action === 'reactivate' },
        {
          onSuccess: (after) => {
            setOpen(null);
            toast.show(t(after.active ? 'users.reactivated' : 'users.deactivated', { name: after.name }));
          },
        },
      );
    }
  };

  return (
    <>
      <p className="utrecht-paragraph app-no-print">
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro')}
        actions={
          canCreate ? (
            <Button appearance="primary" onClick={() => setOpen({ kind: 'form', user: null })}>
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <QueryState query={users} skeleton={<Skeleton lines={8} />}>
        {(list) => (list.length ? <UsersTable users={list} currentUserId={currentUserId} onAction={onAction} /> : <EmptyState>{t('users.empty')}</EmptyState>)}
      </QueryState>
      {open?.kind === 'form' ? (
        <UserFormDialog
          user={open.user}
          isSelf={open.user !== null && String(open.user.id) === currentUserId}
          collaborations={collaborations}
          onClose={() => setOpen(null)}
          onCreated={(result) => {
            toast.show(t('users.created', { name: result.user.name }));
            setOpen({ kind: 'password', result, created: true });
          }}
          onSaved={(user) => {
            toast.show(t('users.saved', { name: user.name }));
            setOpen(null);
          }}
        />
      ) : null}
      {open?.kind === 'confirm' ? (
        <ConfirmUserAction
          action={open.action}
          user={open.user}
          busy={open.action === 'reset' ? reset.isPending : activate.isPending}
          error={open.action === 'reset' ? reset.error : activate.error}
          onConfirm={() => confirm(open.action, open.user)}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'password' ? <PasswordOnceDialog result={open.result} created={open.created} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
