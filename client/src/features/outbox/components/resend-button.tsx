import type { OutboxMessage } from '@akkoord/shared/schemas/reminders';
import { problemText } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useResendOutboxMessage } from '../api/resend-outbox-message.ts';

/** "Send again" for a failed message (same Message-ID); says whether it went out or waits for the next try. */
export function ResendButton({ message }: { message: OutboxMessage }) {
  const t = useT();
  const toast = useToast();
  const resend = useResendOutboxMessage();
  if (message.status !== 'failed') return null;
  return (
    <Button
      appearance="primary"
      busy={resend.isPending}
      onClick={() =>
        resend.mutate(message.id, {
          onSuccess: (after) => toast.show(after.status === 'sent' ? t('outbox.resent') : t('outbox.resendQueued')),
          onError: (error) => toast.show(problemText(error, t), 'error'),
        })
      }
    >
      {t('outbox.resend')}
    </Button>
  );
}
