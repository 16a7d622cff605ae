import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { auditEventSchema, type AuditEvent } from '@akkoord/shared/schemas/audit';
import { pageSchema, type Page } from '@akkoord/shared/schemas/common';
import { apiRequest, type Query } from '../../../lib/api-client.ts';
import { auditKeys } from './keys.ts';

const auditPageSchema = pageSchema(auditEventSchema);

/** GET /api/audit: one page of the audit trail, newest first (admins). */
export function listAuditEvents(query: Query, signal?: AbortSignal): Promise<Page<AuditEvent>> {
  return apiRequest('/audit', { query, signal, schema: auditPageSchema });
}

export const AUDIT_PAGE_SIZE = 50;

export const auditInfiniteOptions = (query: Query) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(query),
    queryFn: ({ pageParam, signal }) => listAuditEvents({ ...query, limit: AUDIT_PAGE_SIZE, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useAuditEvents(query: Query) {
  return useInfiniteQuery(auditInfiniteOptions(query));
}
