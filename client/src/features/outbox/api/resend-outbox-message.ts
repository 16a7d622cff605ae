import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outboxMessageSchema, type OutboxMessage } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { outboxMessageKey } from './get-outbox-message.ts';
import { outboxKey } from './list-outbox.ts';
import { reminderStatusKey } from './get-reminder-status.ts';

/** POST /api/outbox/:id/resend: sends a failed message again (same Message-ID); answers it after the attempt. */
export function resendOutboxMessage(id: number): Promise<OutboxMessage> {
  return apiRequest(`/outbox/${id}/resend`, { method: 'POST', schema: outboxMessageSchema });
}

export function useResendOutboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendOutboxMessage,
    onSuccess: (message) => queryClient.setQueryData(outboxMessageKey(message.id), message),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: outboxKey });
      await queryClient.invalidateQueries({ queryKey: reminderStatusKey });
    },
  });
}
