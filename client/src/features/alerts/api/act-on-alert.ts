import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { alertsKey, type AlertPage } from './list-alerts.ts';

export type AlertAction = { kind: 'acknowledge'; key: string } | { kind: 'snooze'; key: string; days: number };

/** POST /api/alerts/:key/acknowledge or /snooze. */
export function actOnAlert(action: AlertAction): Promise<unknown> {
  const path = `/alerts/${encodeURIComponent(action.key)}/${action.kind}`;
  return apiRequest(path, { method: 'POST', body: action.kind === 'snooze' ? { days: action.days } : {} });
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
