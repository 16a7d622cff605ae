import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import { Heading } from './heading.tsx';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  children: ReactNode;
  /** Buttons; the first one gets focus unless autoFocus is used inside. */
  actions: ReactNode;
  onClose: () => void;
  wide?: boolean;
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus,
 * closes on Escape and returns focus to where it was.
 */
export function Dialog({ open, title, children, actions, onClose, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const t = useT();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={wide ? 'app-dialog app-dialog--wide' : 'app-dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <div className="app-dialog__header">
            <Heading level={2} appearance={3} id={titleId}>
              {title}
            </Heading>
            <button type="button" className="utrecht-button utrecht-button--subtle app-dialog__close" onClick={onClose}>
              <span aria-hidden="true">×</span>
              <span className="app-visually-hidden">{t('common.close')}</span>
            </button>
          </div>
          <div className="app-dialog__body">{children}</div>
          <div className="utrecht-button-group app-dialog__actions">{actions}</div>
        </>
      ) : null}
    </dialog>
  );
}
