import { queryOptions, useQuery } from '@tanstack/react-query';
import { chainSchema, type Chain } from '@akkoord/shared/schemas/chain';
import { apiRequest } from '../../../lib/api-client.ts';
import { optional } from '../../../lib/optional.ts';
import { agreementKeys } from './keys.ts';

/** GET /api/agreements/:id/chain; null when the chains feature is not available. */
export function getAgreementChain(id: number, signal?: AbortSignal): Promise<Chain | null> {
  return optional(apiRequest(`/agreements/${id}/chain`, { signal, schema: chainSchema }));
}

export const agreementChainQueryOptions = (id: number) => queryOptions({ queryKey: agreementKeys.chain(id), queryFn: ({ signal }) => getAgreementChain(id, signal) });

export function useAgreementChain(id: number) {
  return useQuery(agreementChainQueryOptions(id));
}
