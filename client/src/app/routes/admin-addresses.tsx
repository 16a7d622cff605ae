import type { ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { Paragraph } from '../../components/ui/heading.tsx';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader, Section } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { collaborationsQueryOptions, useCollaborations } from '../../features/collaborations/api/list-collaborations.ts';
import { useCan } from '../../features/session/api/use-can.ts';
import { useCanOpenCollaboration } from '../../features/session/api/use-can-open-collaboration.ts';
import { useSession } from '../../features/session/api/get-session.ts';
import { collaborationScopeOf } from '../../features/session/collaboration-scope.ts';
import { useDeleteReminderAddress } from '../../features/reminder-addresses/api/delete-reminder-address.ts';
import { reminderAddressesQueryOptions, useReminderAddresses } from '../../features/reminder-addresses/api/list-reminder-addresses.ts';
import { useRegenerateAddressCalendar } from '../../features/reminder-addresses/api/regenerate-address-calendar.ts';
import { AddressFormDialog } from '../../features/reminder-addresses/components/address-form-dialog.tsx';
import { AddressesTable, type AddressAction } from '../../features/reminder-addresses/components/addresses-table.tsx';
import { CalendarUrlDialog } from '../../features/reminder-addresses/components/calendar-url-dialog.tsx';
import { ConfirmAddressAction, type ConfirmableAddressAction } from '../../features/reminder-addresses/components/confirm-address-action.tsx';
import { TeamAddressDialog } from '../../features/reminder-addresses/components/team-address-dialog.tsx';
import { TeamAddressesTable, teamAddressesByCode, type CollaborationRow } from '../../features/reminder-addresses/components/team-addresses-table.tsx';
import { queryClient } from '../query-client.ts';
import { useDialogState } from '../../lib/use-dialog-state.ts';

export function loader() {
  void queryClient.prefetchQuery(reminderAddressesQueryOptions());
  void queryClient.prefetchQuery(collaborationsQueryOptions());
  return null;
}

type Open =
  | { kind: 'form'; address: ReminderAddress | null }
  | { kind: 'confirm'; action: ConfirmableAddressAction; address: ReminderAddress }
  | { kind: 'calendar'; address: ReminderAddress }
  | { kind: 'team'; collaboration: CollaborationRow }
  | null;

/** Plain reminder addresses (team mailboxes) and each collaboration's team address (admin, legal). */
export function Component() {
  const t = useT();
  const toast = useToast();
  useDocumentTitle(t('addresses.title'));
  const addresses = useReminderAddresses();
  const collaborations = useCollaborations();
  const canManage = useCan('reminder_address', 'manage');
  const canOpenCollaboration = useCanOpenCollaboration();
  const isLimited = collaborationScopeOf(useSession().data) !== null;
  const remove = useDeleteReminderAddress();
  const regenerate = useRegenerateAddressCalendar();
  const [open, setOpen] = useDialogState<NonNullable<Open>>();

  const onAction = (action: AddressAction, address: ReminderAddress) => {
    remove.reset();
    regenerate.reset();
    setOpen(action === 'edit' ? { kind: 'form', address } : action === 'calendar' ? { kind: 'calendar', address } : { kind: 'confirm', action, address });
  };
  const confirm = (action: ConfirmableAddressAction, address: ReminderAddress) => {
    if (action === 'delete') {
      remove.mutate(address.id, {
        onSuccess: () => {
          toast.show(t('addresses.deleted', { email: address.email }));
          setOpen(null);
        },
      });
    } else {
      regenerate.mutate(address.id, {
        onSuccess: (after) => {
          toast.show(t('addresses.regenerated', { email: after.email }));
          setOpen({ kind: 'calendar', address: after });
        },
      });
    }
  };

  return (
    <>
      <p className="utrecht-paragraph app-no-print">
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <PageHeader title={t('addresses.title')} intro={t('addresses.intro')} />
      <Section
        id="addresses"
        title={t('addresses.section')}
        actions={
          canManage ? (
            <Button appearance="primary" onClick={() => setOpen({ kind: 'form', address: null })}>
              {t('addresses.add')}
            </Button>
          ) : null
        }
      >
        <QueryState query={addresses} skeleton={<Skeleton lines={6} />}>
          {(list) =>
            list.length ? (
              <AddressesTable addresses={list} canManage={canManage} canOpenCollaboration={canOpenCollaboration} onAction={onAction} />
            ) : (
              <EmptyState>{t('addresses.empty')}</EmptyState>
            )
          }
        </QueryState>
      </Section>
      <Section id="team-addresses" title={t('teamAddresses.section')}>
        <Paragraph>{t('teamAddresses.intro')}</Paragraph>
        <QueryState query={collaborations} skeleton={<Skeleton lines={6} />}>
          {(list) =>
            list.length ? (
              <TeamAddressesTable
                collaborations={list.map((c) => ({ code: c.code, name: c.name }))}
                teamAddresses={teamAddressesByCode(addresses.data ?? [])}
                canManage={canManage}
                onEdit={(collaboration) => setOpen({ kind: 'team', collaboration })}
              />
            ) : (
              <EmptyState>{t('teamAddresses.empty')}</EmptyState>
            )
          }
        </QueryState>
      </Section>
      {open?.kind === 'form' ? (
        <AddressFormDialog
          address={open.address}
          onClose={() => setOpen(null)}
          onSaved={(saved, created) => {
            toast.show(t(created ? 'addresses.created' : 'addresses.saved', { email: saved.email }));
            setOpen(null);
          }}
        />
      ) : null}
      {open?.kind === 'calendar' ? (
        <CalendarUrlDialog
          address={open.address}
          canManage={canManage}
          limited={isLimited}
          onRegenerate={() => setOpen({ kind: 'confirm', action: 'regenerate', address: open.address })}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'confirm' ? (
        <ConfirmAddressAction
          action={open.action}
          address={open.address}
          busy={open.action === 'delete' ? remove.isPending : regenerate.isPending}
          error={open.action === 'delete' ? remove.error : regenerate.error}
          onConfirm={() => confirm(open.action, open.address)}
          onClose={() => setOpen(open.action === 'regenerate' ? { kind: 'calendar', address: open.address } : null)}
        />
      ) : null}
      {open?.kind === 'team' ? (
        <TeamAddressDialog
          code={open.collaboration.code}
          name={open.collaboration.name}
          current={teamAddressesByCode(addresses.data ?? []).get(open.collaboration.code) ?? null}
          onClose={() => setOpen(null)}
          onSaved={(result) => {
            toast.show(
              result.email ? t('teamAddresses.saved', { email: result.email, code: result.collaborationCode }) : t('teamAddresses.removed', { code: result.collaborationCode }),
            );
            setOpen(null);
          }}
        />
      ) : null}
    </>
  );
}
