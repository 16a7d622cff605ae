import { useState } from 'react';
import { useNavigate } from 'react-router';
import { problemText } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useSignOutEverywhere } from '../api/sign-out-everywhere.ts';

/** Ends every session of this account (a lost laptop, a shared computer), after asking. */
export function SignOutEverywhere() {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const signOut = useSignOutEverywhere();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Paragraph>{t('account.sessions.text')}</Paragraph>
      <ButtonGroup>
        <Button danger onClick={() => setOpen(true)}>
          {t('account.sessions.button')}
        </Button>
      </ButtonGroup>
      <Dialog
        open={open}
        title={t('account.sessions.confirmTitle')}
        onClose={() => setOpen(false)}
        actions={
          <>
            <Button
              appearance="primary"
              danger
              busy={signOut.isPending}
              onClick={() =>
                signOut.mutate(undefined, {
                  onSuccess: () => {
                    toast.show(t('account.sessions.done'), 'info');
                    void navigate('/sign-in');
                  },
                })
              }
            >
              {t('account.sessions.confirm')}
            </Button>
            <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
          </>
        }
      >
        <Paragraph>{t('account.sessions.confirmText')}</Paragraph>
        {signOut.error && !signOut.isPending ? (
          <Alert type="error" live>
            <Paragraph>{problemText(signOut.error, t)}</Paragraph>
          </Alert>
        ) : null}
      </Dialog>
    </>
  );
}
