import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outboxMessageSchema, type OutboxMessage } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { outboxKeys } from './keys.ts';

/** POST /api/outbox/:id/cancel: stops a queued (or failed) message before it is sent; a sent one answers 409. */
export function cancelOutboxMessage(id: number): Promise<OutboxMessage> {
  return apiRequest(`/outbox/${id}/cancel`, { method: 'POST', schema: outboxMessageSchema });
}

export function useCancelOutboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelOutboxMessage,
    onSuccess: (message) => queryClient.setQueryData(outboxKeys.detail(message.id), message),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: outboxKeys.all });
      await queryClient.invalidateQueries({ queryKey: outboxKeys.reminderStatus });
    },
  });
}
