import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outboxMessageSchema, type OutboxMessage } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { outboxKeys } from './keys.ts';

/** POST /api/outbox/:id/resend: sends a failed message again (same Message-ID); answers it after the attempt. */
export function resendOutboxMessage(id: number): Promise<OutboxMessage> {
  return apiRequest(`/outbox/${id}/resend`, { method: 'POST', schema: outboxMessageSchema });
}

export function useResendOutboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendOutboxMessage,
    onSuccess: (message) => queryClient.setQueryData(outboxKeys.detail(message.id), message),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: outboxKeys.all });
      await queryClient.invalidateQueries({ queryKey: outboxKeys.reminderStatus });
    },
  });
}
