import { queryOptions, useQuery } from '@tanstack/react-query';
import { auditEventSchema, type AuditEvent } from '@akkoord/shared/schemas/audit';
import { pageSchema, type Page } from '@akkoord/shared/schemas/common';
import { apiRequest } from '../../../lib/api-client.ts';
import { optional } from '../../../lib/optional.ts';
import { agreementKeys } from './keys.ts';

const historyPageSchema = pageSchema(auditEventSchema);

/** GET /api/agreements/:id/history (the audit trail of one agreement); null when not available. */
export function getAgreementHistory(id: number, signal?: AbortSignal): Promise<Page<AuditEvent> | null> {
  return optional(apiRequest(`/agreements/${id}/history`, { query: { limit: 50 }, signal, schema: historyPageSchema }));
}

export const agreementHistoryQueryOptions = (id: number) => queryOptions({ queryKey: agreementKeys.history(id), queryFn: ({ signal }) => getAgreementHistory(id, signal) });

export function useAgreementHistory(id: number) {
  return useQuery(agreementHistoryQueryOptions(id));
}
