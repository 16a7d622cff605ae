import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reminderAddressSchema, type ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderAddressKeys } from './keys.ts';

/** POST /api/reminder-addresses/:id/calendar/regenerate: a new feed URL; the old one answers 404 from now on. */
export function regenerateAddressCalendar(id: number): Promise<ReminderAddress> {
  return apiRequest(`/reminder-addresses/${id}/calendar/regenerate`, { method: 'POST', schema: reminderAddressSchema });
}

export function useRegenerateAddressCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateAddressCalendar,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reminderAddressKeys.all }),
  });
}
