import { useId, type ReactNode } from 'react';
import { problemText } from '../../lib/form-errors.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';
import { Dialog } from './dialog.tsx';
import { Paragraph } from './heading.tsx';

export interface FormDialogProps {
  title: ReactNode;
  submitLabel: string;
  /** The write is on its way: the submit button shows it and blocks a second press. */
  busy: boolean;
  /** The failed write, explained above the fields under `errorTitle` (not while a retry runs). */
  error: unknown;
  errorTitle: string;
  /** Says there is nothing to save instead of saving. */
  noChanges?: boolean;
  wide?: boolean;
  /** Called on submit (button or Enter); the page does not reload. */
  onSubmit: () => void;
  onClose: () => void;
  /** The fields. */
  children: ReactNode;
}

/** A modal form that writes through one mutation: submit and cancel buttons, the server's refusal and the "no changes" note in place. */
export function FormDialog({ title, submitLabel, busy, error, errorTitle, noChanges = false, wide, onSubmit, onClose, children }: FormDialogProps) {
  const t = useT();
  const formId = `${useId()}-form`;
  return (
    <Dialog
      open
      wide={wide}
      title={title}
      onClose={onClose}
      actions={
        <>
          <Button type="submit" form={formId} appearance="primary" busy={busy}>
            {submitLabel}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </>
      }
    >
      <form
        id={formId}
        onSubmit={(e) => {
          e.preventDefault();
          // React bubbles a submit through portals and nesting: never let it reach a form around the dialog's opener.
          e.stopPropagation();
          onSubmit();
        }}
        noValidate
        className="app-form"
      >
        {error && !busy ? (
          <Alert type="error" live title={errorTitle}>
            <Paragraph>{problemText(error, t)}</Paragraph>
          </Alert>
        ) : null}
        {noChanges ? (
          <Alert type="info" live>
            <Paragraph>{t('form.noChanges')}</Paragraph>
          </Alert>
        ) : null}
        {children}
      </form>
    </Dialog>
  );
}
