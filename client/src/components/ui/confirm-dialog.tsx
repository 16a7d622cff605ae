import { problemText } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';
import { Dialog } from './dialog.tsx';
import { Paragraph } from './heading.tsx';

/** What a confirmation wrapper passes through to {@link ConfirmDialog}: the action's state and its two outcomes. */
export interface ConfirmActionProps {
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before an action (a confirm and a cancel button) and shows the server's refusal in place. */
export function ConfirmDialog({
  title,
  text,
  submitLabel,
  danger = true,
  busy,
  error,
  onConfirm,
  onClose,
}: ConfirmActionProps & {
  title: string;
  text: string;
  submitLabel: string;
  danger?: boolean;
}) {
  const t = useT();
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      actions={
        <>
          <Button appearance="primary" danger={danger} busy={busy} onClick={onConfirm}>
            {submitLabel}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </>
      }
    >
      <Paragraph>{text}</Paragraph>
      {error && !busy ? (
        <Alert type="error" live>
          <Paragraph>{problemText(error, t)}</Paragraph>
        </Alert>
      ) : null}
    </Dialog>
  );
}
