import { queryOptions, useQuery } from '@tanstack/react-query';
import { agreementSchema, type Agreement } from '@akkoord/shared/schemas/agreement';
import { apiRequest } from '../../../lib/api-client.ts';

/** GET /api/agreements/:id with parties and relations. */
export function getAgreement(id: number, signal?: AbortSignal): Promise<Agreement> {
  return apiRequest(`/agreements/${id}`, { signal, schema: agreementSchema });
}

export const agreementKey = (id: number) => ['agreements', 'detail', id] as const;

export const agreementQueryOptions = (id: number) =>
  queryOptions({ queryKey: agreementKey(id), queryFn: ({ signal }) => getAgreement(id, signal) });

export function useAgreement(id: number) {
  return useQuery(agreementQueryOptions(id));
}
