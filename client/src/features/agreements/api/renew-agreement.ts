import { useMutation, useQueryClient } from '@tanstack/react-query';
import { renewalResultSchema, type RenewalResult } from '@akkoord/shared/schemas/renewal';
import { apiRequest } from '../../../lib/api-client.ts';
import { agreementKey } from './get-agreement.ts';

/** POST /api/agreements/:id/renewal: a draft successor linked by `renews`. */
export function startRenewal(id: number): Promise<RenewalResult> {
  return apiRequest(`/agreements/${id}/renewal`, { method: 'POST', body: {}, schema: renewalResultSchema });
}

export function useStartRenewal(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startRenewal(id),
    onSuccess: (result) => {
      queryClient.setQueryData(agreementKey(id), result.predecessor);
      queryClient.setQueryData(agreementKey(result.successor.id), result.successor);
      void queryClient.invalidateQueries({ queryKey: agreementKey(id), predicate: (q) => q.queryKey.length > agreementKey(id).length });
      return queryClient.invalidateQueries({ queryKey: ['agreements', 'list'] });
    },
  });
}
