import type { User } from '@akkoord/shared/schemas/user';
import { useT } from '../../../lib/i18n/use-t.ts';
import { ConfirmDialog, type ConfirmActionProps } from '../../../components/ui/confirm-dialog.tsx';

export type ConfirmableAction = 'reset' | 'deactivate' | 'reactivate';

/** Asks before a reset or (de)activation and shows the server's refusal in place. */
export function ConfirmUserAction({
  action,
  user,
  ...rest
}: ConfirmActionProps & {
  action: ConfirmableAction;
  user: User;
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
