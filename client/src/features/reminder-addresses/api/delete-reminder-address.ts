import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderAddressKeys } from './keys.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';

/** DELETE /api/reminder-addresses/:id: its follows end and its feed URL stops working (admin, legal). */
export function deleteReminderAddress(id: number): Promise<void> {
  return apiRequest<void>(`/reminder-addresses/${id}`, { method: 'DELETE' });
}

export function useDeleteReminderAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteReminderAddress,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reminderAddressKeys.all });
      // Followers lists and team addresses may have named it.
      void queryClient.invalidateQueries({ queryKey: sharedQueryKeys.followers });
      void queryClient.invalidateQueries({ queryKey: reminderAddressKeys.teamAddresses });
    },
  });
}
