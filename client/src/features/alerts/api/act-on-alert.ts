import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { addDays } from '@akkoord/shared/dates/calendar-day';
import { apiRequest } from '../../../lib/api-client.ts';
import { todayInAmsterdam } from '../../../lib/format/dates.ts';
import { alertsKey, type AlertPage } from './list-alerts.ts';

export type AlertAction = { kind: 'acknowledge'; key: string } | { kind: 'snooze'; key: string; days: number };

/** POST /api/alerts/acknowledge or /api/alerts/snooze (until = today + days). */
export function actOnAlert(action: AlertAction): Promise<unknown> {
  if (action.kind === 'acknowledge') return apiRequest('/alerts/acknowledge', { method: 'POST', body: { keys: [action.key] } });
  return apiRequest('/alerts/snooze', { method: 'POST', body: { keys: [action.key], until: addDays(todayInAmsterdam(), action.days) } });
}

/**
 * Acknowledge or snooze: the alert leaves every cached list at once
 * (optimistic) and comes back if the server refuses.
 */
export function useAlertAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: actOnAlert,
    onMutate: async (action) => {
      await queryClient.cancelQueries({ queryKey: alertsKey });
      const snapshot = queryClient.getQueriesData<AlertPage | null>({ queryKey: alertsKey });
      queryClient.setQueriesData<AlertPage | null>({ queryKey: alertsKey }, (page) =>
        page ? { ...page, items: page.items.filter((a) => a.key !== action.key), total: Math.max(0, page.total - 1) } : page,
      );
      return { snapshot };
    },
    onError: (_error, _action, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key as QueryKey, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertsKey }),
  });
}
