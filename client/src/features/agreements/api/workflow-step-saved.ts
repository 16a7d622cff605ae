import type { QueryClient } from '@tanstack/react-query';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { agreementKey } from './get-agreement.ts';

/**
 * After a workflow step: store the agreements the server answered with and
 * refetch what depends on them (their history and chain, the other end of a
 * renewal, alerts, the register).
 */
export function workflowStepSaved(queryClient: QueryClient, saved: Agreement[], alsoChanged: number[] = []): Promise<unknown> {
  for (const a of saved) queryClient.setQueryData(agreementKey(a.id), a);
  const ids = new Set([...saved.map((a) => a.id), ...alsoChanged]);
  for (const id of ids) {
    const refetchWhole = alsoChanged.includes(id) && !saved.some((a) => a.id === id);
    void queryClient.invalidateQueries({ queryKey: agreementKey(id), predicate: refetchWhole ? undefined : (q) => q.queryKey.length > agreementKey(id).length });
  }
  void queryClient.invalidateQueries({ queryKey: ['alerts'] });
  return queryClient.invalidateQueries({ queryKey: ['agreements', 'list'] });
}
