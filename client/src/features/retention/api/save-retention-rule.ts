import { useMutation, useQueryClient } from '@tanstack/react-query';
import { retentionRuleSchema, type CreateRetentionRuleInput, type RetentionRule, type UpdateRetentionRuleInput } from '@akkoord/shared/schemas/retention';
import { apiRequest } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import { retentionKeys } from './keys.ts';

/** POST /api/retention-rules (new) or PATCH /api/retention-rules/:id (admins). */
export function saveRetentionRule(input: { id: number; changes: UpdateRetentionRuleInput } | { id: null; changes: CreateRetentionRuleInput }): Promise<RetentionRule> {
  return input.id === null
    ? apiRequest('/retention-rules', { method: 'POST', body: input.changes, schema: retentionRuleSchema })
    : apiRequest(`/retention-rules/${input.id}`, { method: 'PATCH', body: input.changes, schema: retentionRuleSchema });
}

export function useSaveRetentionRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRetentionRule,
    onSuccess: async () => {
      // A rule's years change every destruction date computed from it.
      await Promise.all([queryClient.invalidateQueries({ queryKey: retentionKeys.all }), queryClient.invalidateQueries({ queryKey: sharedQueryKeys.agreements })]);
    },
  });
}
