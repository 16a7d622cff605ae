import { useMutation } from '@tanstack/react-query';
import { runResultSchema, type RunResult } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';

/** GET /api/reminders/preview?on=: what a run as of `on` would send (recipients, subjects, agreements); queues nothing. */
export function previewReminders(on: string): Promise<RunResult> {
  return apiRequest('/reminders/preview', { query: { on }, schema: runResultSchema });
}

/** Asked for on demand (a button), so a mutation: nothing is cached or invalidated, since nothing changes. */
export function usePreviewReminders() {
  return useMutation({ mutationFn: previewReminders });
}
