import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { agreementSummarySchema } from '@akkoord/shared/schemas/agreement';
import { pageSchema, type Page } from '@akkoord/shared/schemas/common';
import type { AgreementSummary } from '@akkoord/shared/schemas/agreement';
import { apiRequest, type Query } from '../../../lib/api-client.ts';
import { registerPageQuery } from '../filters.ts';
import { agreementKeys } from './keys.ts';

const agreementPageSchema = pageSchema(agreementSummarySchema);

/** GET /api/agreements: one page of the register. */
export function listAgreements(query: Query, signal?: AbortSignal): Promise<Page<AgreementSummary>> {
  return apiRequest('/agreements', { query, signal, schema: agreementPageSchema });
}

/** The register: pages joined by cursor as the user scrolls. */
export const agreementsInfiniteOptions = (query: Query) =>
  infiniteQueryOptions({
    queryKey: agreementKeys.infinite(query),
    queryFn: ({ pageParam, signal }) => listAgreements(registerPageQuery(query, pageParam), signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useAgreementsInfinite(query: Query) {
  return useInfiniteQuery(agreementsInfiniteOptions(query));
}

/** One page, for dashboards and counts (`limit: 1` gives just the total). */
export const agreementsPageOptions = (query: Query) =>
  queryOptions({
    queryKey: agreementKeys.page(query),
    queryFn: ({ signal }) => listAgreements(query, signal),
  });

export function useAgreementsPage(query: Query, enabled = true) {
  return useQuery({ ...agreementsPageOptions(query), enabled });
}
