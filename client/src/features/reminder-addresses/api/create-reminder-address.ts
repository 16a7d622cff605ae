import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reminderAddressSchema, type CreateReminderAddressInput, type ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderAddressKeys } from './keys.ts';

/** POST /api/reminder-addresses: a plain address such as a team mailbox (admin, legal). */
export function createReminderAddress(input: CreateReminderAddressInput): Promise<ReminderAddress> {
  return apiRequest('/reminder-addresses', { method: 'POST', body: input, schema: reminderAddressSchema });
}

export function useCreateReminderAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReminderAddress,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reminderAddressKeys.all }),
  });
}
