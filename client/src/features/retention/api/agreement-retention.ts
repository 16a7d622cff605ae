import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementSchema, type Agreement } from '@akkoord/shared/schemas/agreement';
import { apiRequest } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import { retentionKeys } from './keys.ts';

export type RetentionChange =
  | { kind: 'setHold'; reason: string }
  | { kind: 'clearHold' }
  /** The rule through the agreement's own PATCH, with the version last read. */
  | { kind: 'rule'; ruleId: number | null; version: number };

/** PUT/DELETE /api/agreements/:id/legal-hold, or PATCH /api/agreements/:id { retentionRuleId } (legal, admin). */
export function changeAgreementRetention(id: number, change: RetentionChange): Promise<Agreement> {
  if (change.kind === 'setHold') return apiRequest(`/agreements/${id}/legal-hold`, { method: 'PUT', body: { reason: change.reason }, schema: agreementSchema });
  if (change.kind === 'clearHold') return apiRequest(`/agreements/${id}/legal-hold`, { method: 'DELETE', schema: agreementSchema });
  return apiRequest(`/agreements/${id}`, { method: 'PATCH', body: { version: change.version, retentionRuleId: change.ruleId }, schema: agreementSchema });
}

export function useChangeAgreementRetention(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: RetentionChange) => changeAgreementRetention(id, change),
    onSuccess: async (agreement) => {
      queryClient.setQueryData(sharedQueryKeys.agreement(id), agreement);
      await Promise.all([queryClient.invalidateQueries({ queryKey: sharedQueryKeys.agreement(id) }), queryClient.invalidateQueries({ queryKey: retentionKeys.all })]);
    },
  });
}
