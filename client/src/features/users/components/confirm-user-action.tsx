import type { User } from '@akkoord/shared/schemas/user';
import { problemText } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';

export type ConfirmableAction = 'reset' | 'deactivate' | 'reactivate';

/** Asks before a reset or (de)activation and shows the server's refusal in place. */
export function ConfirmUserAction({
  action,
  user,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  action: ConfirmableAction;
  user: User;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Dialog
      open
      title={t(`users.confirm.${action}.title`, { name: user.name })}
      onClose={onClose}
      actions={
        <>
          <Button appearance="primary" danger={action !== 'reactivate'} busy={busy} onClick={onConfirm}>
            {t(`users.confirm.${action}.submit`)}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </>
      }
    >
      <Paragraph>{t(`users.confirm.${action}.text`, { email: user.email })}</Paragraph>
      {error && !busy ? (
        <Alert type="error" live>
          <Paragraph>{problemText(error, t)}</Paragraph>
        </Alert>
      ) : null}
    </Dialog>
  );
}
