import type { ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { problemText } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';

export type ConfirmableAddressAction = 'delete' | 'regenerate';

/** Asks before removing an address or replacing its calendar URL; shows the server's refusal in place. */
export function ConfirmAddressAction({
  action,
  address,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  action: ConfirmableAddressAction;
  address: ReminderAddress;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Dialog
      open
      title={t(`addresses.${action}.title`, { email: address.email })}
      onClose={onClose}
      actions={
        <>
          <Button appearance="primary" danger busy={busy} onClick={onConfirm}>
            {action === 'delete' ? t('addresses.delete.submit') : t('addresses.regenerate')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </>
      }
    >
      <Paragraph>{t(`addresses.${action}.text`)}</Paragraph>
      {error && !busy ? (
        <Alert type="error" live>
          <Paragraph>{problemText(error, t)}</Paragraph>
        </Alert>
      ) : null}
    </Dialog>
  );
}
