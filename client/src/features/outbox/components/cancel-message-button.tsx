import { useState } from 'react';
import type { OutboxMessage } from '@akkoord/shared/schemas/reminders';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useCancelOutboxMessage } from '../api/cancel-outbox-message.ts';

/** Whether a message can still be stopped: queued (also waiting for a retry) or failed, never on its way or sent. */
export const isCancellable = (m: Pick<OutboxMessage, 'status'>) => m.status === 'pending' || m.status === 'failed';

/** "Cancel message" for a message not sent yet, after a confirmation that says it cannot be undone. */
export function CancelMessageButton({ message }: { message: OutboxMessage }) {
  const t = useT();
  const toast = useToast();
  const cancel = useCancelOutboxMessage();
  const [asking, setAsking] = useState(false);
  if (!isCancellable(message)) return null;
  const close = () => {
    setAsking(false);
    cancel.reset();
  };
  return (
    <>
      <Button appearance="secondary" onClick={() => setAsking(true)}>
        {t('outbox.cancel')}
      </Button>
      {asking ? (
        <ConfirmDialog
          title={t('outbox.cancel.title')}
          text={t('outbox.cancel.text', { to: message.to })}
          submitLabel={t('outbox.cancel')}
          busy={cancel.isPending}
          error={cancel.error}
          onClose={close}
          onConfirm={() =>
            cancel.mutate(message.id, {
              onSuccess: () => {
                setAsking(false);
                toast.show(t('outbox.cancel.done'));
              },
            })
          }
        />
      ) : null}
    </>
  );
}
