import { queryOptions, useQuery } from '@tanstack/react-query';
import { agreementSchema, type Agreement } from '@akkoord/shared/schemas/agreement';
import { apiRequest } from '../../../lib/api-client.ts';
import { agreementKeys } from './keys.ts';

/** GET /api/agreements/:id with parties and relations. */
export function getAgreement(id: number, signal?: AbortSignal): Promise<Agreement> {
  return apiRequest(`/agreements/${id}`, { signal, schema: agreementSchema });
}

export const agreementQueryOptions = (id: number) => queryOptions({ queryKey: agreementKeys.detail(id), queryFn: ({ signal }) => getAgreement(id, signal) });

export function useAgreement(id: number) {
  return useQuery(agreementQueryOptions(id));
}
