import { queryOptions, useQuery } from '@tanstack/react-query';
import { agreementCountsSchema, type AgreementCounts } from '@akkoord/shared/schemas/agreement';
import { apiRequest, type Query } from '../../../lib/api-client.ts';
import { agreementKeys } from './keys.ts';

/** GET /api/agreements/counts: totals of the register filter by status, in one request. */
export function countAgreements(query: Query, signal?: AbortSignal): Promise<AgreementCounts> {
  return apiRequest('/agreements/counts', { query, signal, schema: agreementCountsSchema });
}

export const agreementCountsOptions = (query: Query = {}) => queryOptions({ queryKey: agreementKeys.counts(query), queryFn: ({ signal }) => countAgreements(query, signal) });

/** The count queries a route loader may prefetch. */
export const statusCountQueries = () => [agreementCountsOptions()];

/** Totals per status of the whole (visible) register. */
export function useAgreementStatusCounts() {
  const query = useQuery(agreementCountsOptions());
  return { isPending: query.isPending, error: query.error, refetch: query.refetch, counts: query.data?.byStatus };
}
