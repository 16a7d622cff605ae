import { queryOptions, useQuery } from '@tanstack/react-query';
import { reminderStatusSchema, type ReminderStatus } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { outboxKeys } from './keys.ts';

/** GET /api/reminders/status: the daily job's time, next and last run, SMTP and outbox counts. */
export function getReminderStatus(signal?: AbortSignal): Promise<ReminderStatus> {
  return apiRequest('/reminders/status', { signal, schema: reminderStatusSchema });
}

export const reminderStatusQueryOptions = () => queryOptions({ queryKey: outboxKeys.reminderStatus, queryFn: ({ signal }) => getReminderStatus(signal) });

export function useReminderStatus() {
  return useQuery(reminderStatusQueryOptions());
}
