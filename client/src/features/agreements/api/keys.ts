import type { Query } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';

/** The agreements feature's query keys (decision 040); lists and details start from the shared prefixes. */
export const agreementKeys = {
  all: sharedQueryKeys.agreements,
  lists: () => sharedQueryKeys.agreementLists,
  infinite: (query: Query) => [...sharedQueryKeys.agreementLists, 'infinite', query] as const,
  page: (query: Query) => [...sharedQueryKeys.agreementLists, 'page', query] as const,
  counts: (query: Query) => [...sharedQueryKeys.agreementLists, 'counts', query] as const,
  detail: (id: number) => sharedQueryKeys.agreement(id),
  history: (id: number) => [...sharedQueryKeys.agreement(id), 'history'] as const,
  chain: (id: number) => [...sharedQueryKeys.agreement(id), 'chain'] as const,
  ownerAccounts: () => ['owner-accounts'] as const,
};

/** Queries below one agreement (history, chain, impact) but not the agreement itself. */
export const isBelowAgreement = (id: number) => (query: { queryKey: readonly unknown[] }) => query.queryKey.length > agreementKeys.detail(id).length;
