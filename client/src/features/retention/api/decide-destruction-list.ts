import { useMutation, useQueryClient } from '@tanstack/react-query';
import { destructionListSchema, type DestructionList } from '@akkoord/shared/schemas/retention';
import { apiRequest } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import { retentionKeys } from './keys.ts';

export type DestructionDecision = { id: number; decision: 'approve' } | { id: number; decision: 'cancel' } | { id: number; decision: 'reject'; reason: string };

/** POST /api/destruction-lists/:id/approve | reject | cancel: a second admin approves or rejects, the proposer withdraws. */
export function decideDestructionList(input: DestructionDecision): Promise<DestructionList> {
  return apiRequest(`/destruction-lists/${input.id}/${input.decision}`, {
    method: 'POST',
    ...(input.decision === 'reject' ? { body: { reason: input.reason } } : {}),
    schema: destructionListSchema,
  });
}

export function useDecideDestructionList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideDestructionList,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: retentionKeys.all }), queryClient.invalidateQueries({ queryKey: sharedQueryKeys.agreements })]);
    },
  });
}
