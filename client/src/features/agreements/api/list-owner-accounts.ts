import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ownerAccountSchema, type OwnerAccount } from '@akkoord/shared/schemas/user';
import { apiRequest } from '../../../lib/api-client.ts';
import { optional } from '../../../lib/optional.ts';
import { agreementKeys } from './keys.ts';

export type { OwnerAccount };

/** GET /api/owner-accounts: the people an owner can be picked from (null when this server has none). */
export function listOwnerAccounts(signal?: AbortSignal): Promise<OwnerAccount[] | null> {
  return optional(apiRequest('/owner-accounts', { signal, schema: z.array(ownerAccountSchema) }));
}

export const ownerAccountsQueryOptions = () => queryOptions({ queryKey: agreementKeys.ownerAccounts(), queryFn: ({ signal }) => listOwnerAccounts(signal), staleTime: 5 * 60_000 });

export function useOwnerAccounts() {
  return useQuery(ownerAccountsQueryOptions());
}
