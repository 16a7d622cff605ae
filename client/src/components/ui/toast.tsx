import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import { cx } from './cx.ts';

export type ToastType = 'ok' | 'info' | 'warning' | 'error';
interface ToastItem {
  id: number;
  type: ToastType;
  message: string;
}
interface ToastApi {
  show: (message: string, type?: ToastType) => void;
}

const ToastContext = createContext<ToastApi | null>(null);
const DISMISS_AFTER_MS = 7000;

/** Toasts for completed actions, announced by a polite live region (errors assertively). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((list) => list.filter((i) => i.id !== id)), []);
  const show = useCallback(
    (message: string, type: ToastType = 'ok') => {
      const id = nextId.current++;
      setItems((list) => [...list.slice(-3), { id, type, message }]);
      window.setTimeout(() => dismiss(id), type === 'error' ? DISMISS_AFTER_MS * 2 : DISMISS_AFTER_MS);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);
  const polite = items.filter((i) => i.type !== 'error');
  const assertive = items.filter((i) => i.type === 'error');

  const render = (list: ToastItem[]) =>
    list.map((item) => (
      <div key={item.id} className={cx('utrecht-alert', `utrecht-alert--${item.type}`, 'app-toast')}>
        <p className="utrecht-paragraph app-toast__message">{item.message}</p>
        <button type="button" className="utrecht-button utrecht-button--subtle app-toast__close" onClick={() => dismiss(item.id)}>
          <span aria-hidden="true">×</span>
          <span className="app-visually-hidden">{t('common.dismiss')}</span>
        </button>
      </div>
    ));

  return (
    <ToastContext value={api}>
      {children}
      <section className="app-toasts" aria-label={t('common.notifications')}>
        <div role="status" aria-live="polite">{render(polite)}</div>
        <div role="alert" aria-live="assertive">{render(assertive)}</div>
      </section>
    </ToastContext>
  );
}

/** Shows a toast: `toast.show(t('agreement.saved'))`. */
export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (!api) throw new Error('useToast() needs <ToastProvider>');
  return api;
}
