import { queryOptions, useQuery } from '@tanstack/react-query';
import { agreementReminderRuleSchema, type AgreementReminderRule } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderKeys } from './keys.ts';

/** GET /api/agreements/:id/reminder-rule: the agreement's own offsets and mute, and the rules in force after fallbacks. */
export function getReminderRule(agreementId: number, signal?: AbortSignal): Promise<AgreementReminderRule> {
  return apiRequest(`/agreements/${agreementId}/reminder-rule`, { signal, schema: agreementReminderRuleSchema });
}

export const reminderRuleQueryOptions = (agreementId: number) =>
  queryOptions({ queryKey: reminderKeys.rule(agreementId), queryFn: ({ signal }) => getReminderRule(agreementId, signal) });

export function useReminderRule(agreementId: number) {
  return useQuery(reminderRuleQueryOptions(agreementId));
}
