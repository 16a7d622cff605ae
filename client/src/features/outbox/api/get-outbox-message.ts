import { queryOptions, useQuery } from '@tanstack/react-query';
import { outboxMessageSchema, type OutboxMessage } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { outboxKeys } from './keys.ts';

/** GET /api/outbox/:id: one message as it arrives (subject, text, HTML, attempts, reminders in it). */
export function getOutboxMessage(id: number, signal?: AbortSignal): Promise<OutboxMessage> {
  return apiRequest(`/outbox/${id}`, { signal, schema: outboxMessageSchema });
}

export const outboxMessageQueryOptions = (id: number) => queryOptions({ queryKey: outboxKeys.detail(id), queryFn: ({ signal }) => getOutboxMessage(id, signal) });

export function useOutboxMessage(id: number) {
  return useQuery(outboxMessageQueryOptions(id));
}

/**
 * The HTML part as a page of its own, for a sandboxed iframe: the server
 * sends it with a CSP that loads and runs nothing and may be framed by us.
 */
export function outboxPreviewUrl(id: number): string {
  return `/api/outbox/${id}/preview`;
}
