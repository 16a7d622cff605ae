import type { QueryClient } from '@tanstack/react-query';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import { agreementKeys, isBelowAgreement } from './keys.ts';

/**
 * After a workflow step: store the agreements the server answered with and
 * refetch what depends on them (their history and chain; the whole of an
 * agreement the step changed without answering it, such as an archived
 * draft), alerts and the register.
 */
export function workflowStepSaved(queryClient: QueryClient, saved: Agreement[], alsoChanged: number[] = []): Promise<unknown> {
  for (const a of saved) {
    queryClient.setQueryData(agreementKeys.detail(a.id), a);
    void queryClient.invalidateQueries({ queryKey: agreementKeys.detail(a.id), predicate: isBelowAgreement(a.id) });
  }
  for (const id of alsoChanged) void queryClient.invalidateQueries({ queryKey: agreementKeys.detail(id) });
  void queryClient.invalidateQueries({ queryKey: sharedQueryKeys.alerts });
  return queryClient.invalidateQueries({ queryKey: agreementKeys.lists() });
}
