import { addDays } from '@akkoord/shared/dates/calendar-day';
import { todayInAmsterdam } from '../../../lib/format/dates.ts';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { useToast } from '../../../components/ui/toast.tsx';
import { undoOf, useChangeAlertState, type AlertStateChange } from '../api/change-alert-state.ts';
import type { AlertItem } from '../api/list-alerts.ts';

export type AlertActionKind = 'acknowledge' | 'snooze' | 'reopen';

/**
 * Acknowledge, snooze (for some days) or reopen alerts, then say so in a
 * toast whose "Ongedaan maken" puts each alert back as it was. Focus moves
 * to that button (the pressed one may have left with its alert) and, when
 * the toast closes, to `returnFocus()`.
 */
export function useAlertActions(returnFocus: () => HTMLElement | null) {
  const t = useT();
  const f = useFormat();
  const toast = useToast();
  const mutation = useChangeAlertState();

  const run = (kind: AlertActionKind, alerts: readonly AlertItem[], days = 7) => {
    if (!alerts.length) return;
    const today = todayInAmsterdam();
    const keys = alerts.map((a) => a.key);
    const until = addDays(today, days);
    const change: AlertStateChange = kind === 'snooze' ? { action: 'snooze', keys, until } : { action: kind, keys };
    const previous = [...alerts];
    const count = keys.length;
    mutation.mutate([change], {
      onSuccess: () =>
        toast.show(kind === 'snooze' ? t('alerts.done.snooze', { count, date: f.date(until) }) : t(`alerts.done.${kind}`, { count }), 'ok', {
          focusAction: true,
          returnFocus,
          action: {
            label: t('alerts.undo'),
            onAction: () =>
              mutation.mutate(undoOf(previous, today), {
                onSuccess: () => toast.show(t('alerts.undone', { count })),
                onError: () => toast.show(t('alerts.undoFailed'), 'error'),
              }),
          },
        }),
      onError: () => toast.show(t('dashboard.alerts.actionFailed'), 'error'),
    });
  };
  return { run, isPending: mutation.isPending };
}
