import { queryOptions, useQuery } from '@tanstack/react-query';
import { reminderRulesSchema, type ReminderRules } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderRuleSetKeys } from './keys.ts';

/** GET /api/reminders/rules: the global offsets (days before) per date kind and the escalation threshold. */
export function getReminderRules(signal?: AbortSignal): Promise<ReminderRules> {
  return apiRequest('/reminders/rules', { signal, schema: reminderRulesSchema });
}

export const reminderRulesQueryOptions = () => queryOptions({ queryKey: reminderRuleSetKeys.global, queryFn: ({ signal }) => getReminderRules(signal) });

export function useReminderRules() {
  return useQuery(reminderRulesQueryOptions());
}
