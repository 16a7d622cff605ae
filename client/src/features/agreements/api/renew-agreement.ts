import { useMutation, useQueryClient } from '@tanstack/react-query';
import { renewalResultSchema, type RenewalResult } from '@akkoord/shared/schemas/renewal';
import { apiRequest } from '../../../lib/api-client.ts';
import { agreementKeys, isBelowAgreement } from './keys.ts';

/** POST /api/agreements/:id/renewal: a draft successor linked by `renews`. */
export function startRenewal(id: number): Promise<RenewalResult> {
  return apiRequest(`/agreements/${id}/renewal`, { method: 'POST', body: {}, schema: renewalResultSchema });
}

export function useStartRenewal(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startRenewal(id),
    onSuccess: (result) => {
      queryClient.setQueryData(agreementKeys.detail(id), result.predecessor);
      queryClient.setQueryData(agreementKeys.detail(result.successor.id), result.successor);
      void queryClient.invalidateQueries({ queryKey: agreementKeys.detail(id), predicate: isBelowAgreement(id) });
      return queryClient.invalidateQueries({ queryKey: agreementKeys.lists() });
    },
  });
}
