import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reminderRulesSchema, type ReminderRules, type UpdateReminderRulesInput } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import { reminderRuleSetKeys } from './keys.ts';

/** PATCH /api/reminders/rules: only the fields sent change (admins). */
export function updateReminderRules(input: UpdateReminderRulesInput): Promise<ReminderRules> {
  return apiRequest('/reminders/rules', { method: 'PATCH', body: input, schema: reminderRulesSchema });
}

export function useUpdateReminderRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReminderRules,
    onSuccess: (rules) => {
      queryClient.setQueryData(reminderRuleSetKeys.global, rules);
      // Agreements' effective rules fall back on these.
      void queryClient.invalidateQueries({ queryKey: sharedQueryKeys.agreementReminderRules });
    },
  });
}
