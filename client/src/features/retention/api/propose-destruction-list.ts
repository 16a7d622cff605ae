import { useMutation, useQueryClient } from '@tanstack/react-query';
import { destructionListSchema, type DestructionList, type ProposeDestructionListInput } from '@akkoord/shared/schemas/retention';
import { apiRequest } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import { retentionKeys } from './keys.ts';

/** POST /api/destruction-lists: proposes a list; nothing is destroyed until a second admin approves. */
export function proposeDestructionList(input: ProposeDestructionListInput): Promise<DestructionList> {
  return apiRequest('/destruction-lists', { method: 'POST', body: input, schema: destructionListSchema });
}

export function useProposeDestructionList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeDestructionList,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: retentionKeys.all }), queryClient.invalidateQueries({ queryKey: sharedQueryKeys.agreements })]);
    },
  });
}
