import { queryOptions, useQuery } from '@tanstack/react-query';
import { reminderStatusSchema, type ReminderStatus } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';

/** GET /api/reminders/status: the daily job's time, next and last run, SMTP and outbox counts. */
export function getReminderStatus(signal?: AbortSignal): Promise<ReminderStatus> {
  return apiRequest('/reminders/status', { signal, schema: reminderStatusSchema });
}

export const reminderStatusKey = ['reminders', 'status'] as const;

export const reminderStatusQueryOptions = () => queryOptions({ queryKey: reminderStatusKey, queryFn: ({ signal }) => getReminderStatus(signal) });

export function useReminderStatus() {
  return useQuery(reminderStatusQueryOptions());
}
