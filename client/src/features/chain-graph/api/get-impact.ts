import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { impactSchema, type Impact } from '@akkoord/shared/schemas/chain';
import { apiRequest } from '../../../lib/api-client.ts';
import { chainGraphKeys } from './keys.ts';

/** GET /api/agreements/:id/impact?on=YYYY-MM-DD: what would lose its basis if the agreement ended that day. */
export function getImpact(id: number, on: string, signal?: AbortSignal): Promise<Impact> {
  return apiRequest(`/agreements/${id}/impact`, { query: { on }, signal, schema: impactSchema });
}

export const impactQueryOptions = (id: number, on: string) => queryOptions({ queryKey: chainGraphKeys.impact(id, on), queryFn: ({ signal }) => getImpact(id, on, signal) });

/** The impact once asked for (`request` null = impact mode off). */
export function useImpact(request: { id: number; on: string } | null) {
  return useQuery({
    ...impactQueryOptions(request?.id ?? 0, request?.on ?? ''),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
}
