import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { retentionKeys } from './keys.ts';

/** DELETE /api/retention-rules/:id: only a rule no agreement has (409 otherwise). */
export function deleteRetentionRule(id: number): Promise<void> {
  return apiRequest(`/retention-rules/${id}`, { method: 'DELETE' });
}

export function useDeleteRetentionRule() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteRetentionRule, onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKeys.rules() }) });
}
