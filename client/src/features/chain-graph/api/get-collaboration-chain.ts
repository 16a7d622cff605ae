import { queryOptions, useQuery } from '@tanstack/react-query';
import { chainSchema, type Chain } from '@akkoord/shared/schemas/chain';
import { apiRequest } from '../../../lib/api-client.ts';
import { agreementIdsIn, mergeChains } from '../model/merge-chains.ts';
import { chainGraphKeys } from './keys.ts';

/** Asks no more than this many chains for one collaboration (each chain already holds everything connected). */
const MAX_REQUESTS = 25;

/**
 * The chains around a collaboration's agreements as one graph: asks
 * GET /api/agreements/:id/chain for each agreement not yet in an earlier
 * chain, then merges them.
 */
export async function getCollaborationChain(agreementIds: readonly number[], signal?: AbortSignal): Promise<Chain | null> {
  const chains: Chain[] = [];
  const seen = new Set<number>();
  for (const id of agreementIds) {
    if (seen.has(id) || chains.length >= MAX_REQUESTS) continue;
    const chain = await apiRequest(`/agreements/${id}/chain`, { signal, schema: chainSchema });
    chains.push(chain);
    for (const other of agreementIdsIn(chain)) seen.add(other);
  }
  return mergeChains(chains);
}

export const collaborationChainQueryOptions = (code: string, agreementIds: readonly number[]) =>
  queryOptions({
    queryKey: chainGraphKeys.collaborationChain(code, agreementIds),
    queryFn: ({ signal }) => getCollaborationChain(agreementIds, signal),
  });

export function useCollaborationChain(code: string, agreementIds: readonly number[]) {
  return useQuery({ ...collaborationChainQueryOptions(code, agreementIds), enabled: agreementIds.length > 0 });
}
