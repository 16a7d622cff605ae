import { useMutation, useQueryClient } from '@tanstack/react-query';
import { renewalResultSchema, type RenewalResult, type StartRenewalInput } from '@akkoord/shared/schemas/renewal';
import { apiRequest } from '../../../lib/api-client.ts';
import { workflowStepSaved } from './workflow-step-saved.ts';

/** POST /api/agreements/:id/renewal: a draft successor linked by `renews`. */
export function startRenewal(id: number, input: StartRenewalInput = {}): Promise<RenewalResult> {
  return apiRequest(`/agreements/${id}/renewal`, { method: 'POST', body: input, schema: renewalResultSchema });
}

export function useStartRenewal(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StartRenewalInput = {}) => startRenewal(id, input),
    onSuccess: (result) => workflowStepSaved(queryClient, [result.predecessor, result.successor]),
  });
}
