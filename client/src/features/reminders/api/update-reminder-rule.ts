import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementReminderRuleSchema, type AgreementReminderRule, type UpdateAgreementReminderRuleInput } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderKeys } from './keys.ts';

/** PATCH /api/agreements/:id/reminder-rule: own offsets (null = the general rule), escalation, mute (admin, legal). */
export function updateReminderRule(agreementId: number, input: UpdateAgreementReminderRuleInput): Promise<AgreementReminderRule> {
  return apiRequest(`/agreements/${agreementId}/reminder-rule`, { method: 'PATCH', body: input, schema: agreementReminderRuleSchema });
}

export function useUpdateReminderRule(agreementId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateAgreementReminderRuleInput) => updateReminderRule(agreementId, input),
    onSuccess: (rule) => queryClient.setQueryData(reminderKeys.rule(agreementId), rule),
  });
}
