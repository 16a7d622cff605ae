import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import { cx } from './cx.ts';

export type ToastType = 'ok' | 'info' | 'warning' | 'error';

/** A button in the toast, e.g. "Ongedaan maken"; pressing it closes the toast. */
export interface ToastAction {
  label: string;
  onAction: () => void;
}

export interface ToastOptions {
  action?: ToastAction;
  /**
   * Moves keyboard focus to the action (use it when the element that had
   * focus went away with the action, such as a handled alert's button);
   * when the toast closes while holding focus, focus goes to `returnFocus()`.
   */
  focusAction?: boolean;
  returnFocus?: () => HTMLElement | null;
}

interface ToastItem extends ToastOptions {
  id: number;
  type: ToastType;
  message: string;
}
interface ToastApi {
  show: (message: string, type?: ToastType, options?: ToastOptions) => void;
}

const ToastContext = createContext<ToastApi | null>(null);
const DISMISS_AFTER_MS = 7000;
/** A toast that offers undo stays longer, and never goes while the pointer or focus is on it. */
const ACTION_DISMISS_AFTER_MS = 20_000;

function ToastView({ item, onDismiss }: { item: ToastItem; onDismiss: (id: number) => void }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const actionRef = useRef<HTMLButtonElement>(null);
  const { id, type, action, focusAction, returnFocus } = item;

  const close = useCallback(() => {
    const hadFocus = ref.current?.contains(document.activeElement) ?? false;
    onDismiss(id);
    if (hadFocus) returnFocus?.()?.focus();
  }, [id, onDismiss, returnFocus]);

  useEffect(() => {
    if (focusAction) actionRef.current?.focus();
  }, [focusAction]);

  useEffect(() => {
    let timer = 0;
    const schedule = (ms: number) => {
      timer = window.setTimeout(() => {
        const held = ref.current && (ref.current.contains(document.activeElement) || ref.current.matches(':hover'));
        if (held) schedule(2000);
        else close();
      }, ms);
    };
    schedule(action ? ACTION_DISMISS_AFTER_MS : type === 'error' ? DISMISS_AFTER_MS * 2 : DISMISS_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [action, type, close]);

  return (
    <div
      ref={ref}
      className={cx('utrecht-alert', `utrecht-alert--${type}`, 'app-toast')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <p className="utrecht-paragraph app-toast__message">{item.message}</p>
      {action ? (
        <button
          ref={actionRef}
          type="button"
          className="utrecht-button utrecht-button--secondary-action app-toast__action"
          onClick={() => {
            close();
            action.onAction();
          }}
        >
          {action.label}
        </button>
      ) : null}
      <button type="button" className="utrecht-button utrecht-button--subtle app-toast__close" onClick={close}>
        <span aria-hidden="true">×</span>
        <span className="app-visually-hidden">{t('common.dismiss')}</span>
      </button>
    </div>
  );
}

/** Toasts for completed actions, announced by a polite live region (errors assertively); one may offer an action such as undo. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((list) => list.filter((i) => i.id !== id)), []);
  const show = useCallback((message: string, type: ToastType = 'ok', options: ToastOptions = {}) => {
    const id = nextId.current++;
    setItems((list) => [...list.slice(-3), { id, type, message, ...options }]);
  }, []);
  const api = useMemo(() => ({ show }), [show]);
  const polite = items.filter((i) => i.type !== 'error');
  const assertive = items.filter((i) => i.type === 'error');

  const render = (list: ToastItem[]) => list.map((item) => <ToastView key={item.id} item={item} onDismiss={dismiss} />);

  return (
    <ToastContext value={api}>
      {children}
      <section className="app-toasts" aria-label={t('common.notifications')}>
        <div role="status" aria-live="polite">
          {render(polite)}
        </div>
        <div role="alert" aria-live="assertive">
          {render(assertive)}
        </div>
      </section>
    </ToastContext>
  );
}

/** Shows a toast: `toast.show(t('agreement.saved'))`, or with undo: `toast.show(text, 'ok', { action: { label, onAction } })`. */
export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (!api) throw new Error('useToast() needs <ToastProvider>');
  return api;
}
