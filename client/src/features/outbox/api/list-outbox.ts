import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { pageSchema, type Page } from '@akkoord/shared/schemas/common';
import { outboxSummarySchema, type OutboxStatus, type OutboxSummary } from '@akkoord/shared/schemas/reminders';
import { apiRequest, type Query } from '../../../lib/api-client.ts';
import { outboxKeys } from './keys.ts';

const outboxPageSchema = pageSchema(outboxSummarySchema);

/** GET /api/outbox: one page of outgoing e-mail, newest first (admins). */
export function listOutbox(query: Query, signal?: AbortSignal): Promise<Page<OutboxSummary>> {
  return apiRequest('/outbox', { query, signal, schema: outboxPageSchema });
}

export const OUTBOX_PAGE_SIZE = 50;

/** The outbox, optionally one status, pages joined by cursor ("load more"). */
export const outboxInfiniteOptions = (status: OutboxStatus | '') =>
  infiniteQueryOptions({
    queryKey: outboxKeys.list(status),
    queryFn: ({ pageParam, signal }) => listOutbox({ status, limit: OUTBOX_PAGE_SIZE, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useOutbox(status: OutboxStatus | '') {
  return useInfiniteQuery(outboxInfiniteOptions(status));
}
