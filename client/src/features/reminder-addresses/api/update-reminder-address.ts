import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reminderAddressSchema, type ReminderAddress, type UpdateReminderAddressInput } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderAddressKeys } from './keys.ts';

/** PATCH /api/reminder-addresses/:id: label or e-mail language (admin, legal). */
export function updateReminderAddress(id: number, input: UpdateReminderAddressInput): Promise<ReminderAddress> {
  return apiRequest(`/reminder-addresses/${id}`, { method: 'PATCH', body: input, schema: reminderAddressSchema });
}

export function useUpdateReminderAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: UpdateReminderAddressInput }) => updateReminderAddress(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reminderAddressKeys.all }),
  });
}
