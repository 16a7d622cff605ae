import { useId } from 'react';
import type { UserWithPassword } from '@akkoord/shared/schemas/user';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';

/**
 * The generated password of a new or reset account. The server returns it
 * once and keeps only its hash: closing this dialog forgets it for good.
 */
export function PasswordOnceDialog({ result, created, onClose }: { result: UserWithPassword; created: boolean; onClose: () => void }) {
  const t = useT();
  const id = useId();
  return (
    <Dialog
      open
      title={created ? t('users.password.createdTitle', { name: result.user.name }) : t('users.password.resetTitle', { name: result.user.name })}
      onClose={onClose}
      actions={
        <Button appearance="primary" onClick={onClose}>
          {t('users.password.done')}
        </Button>
      }
    >
      {result.temporaryPassword ? (
        <>
          <Alert type="warning">
            <Paragraph>{t('users.password.once')}</Paragraph>
          </Alert>
          <CopyField id={`${id}-password`} label={t('users.password.label', { email: result.user.email })} value={result.temporaryPassword} monospace />
          <Paragraph>{t('users.password.next')}</Paragraph>
        </>
      ) : (
        <Paragraph>{t('users.password.chosen')}</Paragraph>
      )}
    </Dialog>
  );
}
