import { sharedQueryKeys } from '../../../lib/query-keys.ts';

/**
 * The chain-graph feature's query keys (decision 040), kept under the agreements
 * prefixes so that a change to an agreement refreshes its impact and chains too.
 */
export const chainGraphKeys = {
  impact: (id: number, on: string) => [...sharedQueryKeys.agreement(id), 'impact', on] as const,
  collaborationChain: (code: string, agreementIds: readonly number[]) => [...sharedQueryKeys.agreements, 'chain', 'collaboration', code, agreementIds] as const,
};
