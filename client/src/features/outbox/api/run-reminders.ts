import { useMutation, useQueryClient } from '@tanstack/react-query';
import { runResultSchema, type RunResult } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { outboxKeys } from './keys.ts';

/** POST /api/reminders/run: runs the job now, as of `on` when given; answers what it queued and sent. */
export function runReminders(on: string | null): Promise<RunResult> {
  return apiRequest('/reminders/run', { method: 'POST', body: on ? { on } : {}, schema: runResultSchema });
}

export function useRunReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runReminders,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: outboxKeys.all });
      await queryClient.invalidateQueries({ queryKey: outboxKeys.reminderStatus });
    },
  });
}
