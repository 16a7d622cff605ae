import type { ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { useT } from '../../../lib/i18n/use-t.ts';
import { ConfirmDialog, type ConfirmActionProps } from '../../../components/ui/confirm-dialog.tsx';

export type ConfirmableAddressAction = 'delete' | 'regenerate';

/** Asks before removing an address or replacing its calendar URL; shows the server's refusal in place. */
export function ConfirmAddressAction({
  action,
  address,
  ...rest
}: ConfirmActionProps & {
  action: ConfirmableAddressAction;
  address: ReminderAddress;
}) {
  const t = useT();
  return (
    <ConfirmDialog
      title={t(`addresses.${action}.title`, { email: address.email })}
      text={t(`addresses.${action}.text`)}
      submitLabel={action === 'delete' ? t('addresses.delete.submit') : t('addresses.regenerate')}
      {...rest}
    />
  );
}
