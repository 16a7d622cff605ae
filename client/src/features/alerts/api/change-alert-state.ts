import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { alertStateChangeSchema } from '@akkoord/shared/schemas/alert';
import { apiRequest } from '../../../lib/api-client.ts';
import { type AlertItem, type AlertPage } from './list-alerts.ts';
import { alertKeys } from './keys.ts';

/** What to do with some alerts (for the signed-in user). */
export type AlertStateChange = { action: 'acknowledge'; keys: string[] } | { action: 'snooze'; keys: string[]; until: string } | { action: 'reopen'; keys: string[] };

/** POST /api/alerts/acknowledge, /snooze or /reopen. */
export function changeAlertState(change: AlertStateChange): Promise<{ updated: number }> {
  const body = change.action === 'snooze' ? { keys: change.keys, until: change.until } : { keys: change.keys };
  return apiRequest(`/alerts/${change.action}`, { method: 'POST', body, schema: alertStateChangeSchema });
}

/** The state an alert is in for the user, as the API's `state` filter names it. */
export function stateOf(a: Pick<AlertItem, 'acknowledgedAt' | 'snoozedUntil'>, today: string): 'open' | 'acknowledged' | 'snoozed' {
  if (a.acknowledgedAt) return 'acknowledged';
  if (a.snoozedUntil && a.snoozedUntil > today) return 'snoozed';
  return 'open';
}

/** The changes that put these alerts back as they were (undo): per earlier state one request. */
export function undoOf(previous: readonly AlertItem[], today: string): AlertStateChange[] {
  const reopen = previous.filter((a) => stateOf(a, today) === 'open').map((a) => a.key);
  const acknowledge = previous.filter((a) => stateOf(a, today) === 'acknowledged').map((a) => a.key);
  const snoozes = new Map<string, string[]>();
  for (const a of previous) if (stateOf(a, today) === 'snoozed') snoozes.set(a.snoozedUntil!, [...(snoozes.get(a.snoozedUntil!) ?? []), a.key]);
  return [
    ...(reopen.length ? [{ action: 'reopen' as const, keys: reopen }] : []),
    ...(acknowledge.length ? [{ action: 'acknowledge' as const, keys: acknowledge }] : []),
    ...[...snoozes].map(([until, keys]) => ({ action: 'snooze' as const, keys, until })),
  ];
}

/** Whether a cached list (by its query) still shows an alert in this state. */
function listShows(queryKey: QueryKey, state: 'open' | 'acknowledged' | 'snoozed'): boolean {
  const query = (queryKey[1] ?? {}) as { state?: string };
  const wanted = query.state ?? 'open';
  return wanted === 'all' || wanted === state;
}

/**
 * Acknowledge, snooze or reopen (one or many; several changes in a row for
 * an undo): the alerts leave the cached lists that no longer show them at
 * once (optimistic), come back if the server refuses, and every list is
 * fetched again afterwards.
 */
export function useChangeAlertState() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: AlertStateChange[]) => {
      let updated = 0;
      for (const change of changes) updated += (await changeAlertState(change)).updated;
      return { updated };
    },
    onMutate: async (changes) => {
      await queryClient.cancelQueries({ queryKey: alertKeys.all });
      const snapshot = queryClient.getQueriesData<AlertPage | null>({ queryKey: alertKeys.all });
      const next = new Map<string, 'open' | 'acknowledged' | 'snoozed'>();
      for (const c of changes) for (const key of c.keys) next.set(key, c.action === 'reopen' ? 'open' : c.action === 'acknowledge' ? 'acknowledged' : 'snoozed');
      for (const [queryKey, page] of snapshot) {
        if (!page) continue;
        const items = page.items.filter((a) => !next.has(a.key) || listShows(queryKey, next.get(a.key)!));
        queryClient.setQueryData(queryKey, { ...page, items, total: Math.max(0, page.total - (page.items.length - items.length)) });
      }
      return { snapshot };
    },
    onError: (_error, _changes, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key as QueryKey, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertKeys.all }),
  });
}
