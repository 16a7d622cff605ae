import type { User } from '@akkoord/shared/schemas/user';
import { useT } from '../../../lib/i18n/use-t.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';

export type ConfirmableAction = 'reset' | 'deactivate' | 'reactivate';

/** Asks before a reset or (de)activation and shows the server's refusal in place. */
export function ConfirmUserAction({
  action,
  user,
  ...rest
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
    <ConfirmDialog
      title={t(`users.confirm.${action}.title`, { name: user.name })}
      text={t(`users.confirm.${action}.text`, { email: user.email })}
      submitLabel={t(`users.confirm.${action}.submit`)}
      danger={action !== 'reactivate'}
      {...rest}
    />
  );
}
