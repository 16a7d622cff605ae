import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiTokenListSchema, type ApiTokenList } from '@akkoord/shared/schemas/api-token';
import { apiRequest } from '../../../lib/api-client.ts';
import { apiTokenKeys } from './keys.ts';

/** GET /api/tokens: every account's tokens that are not revoked (admins). */
export function listAllTokens(signal?: AbortSignal): Promise<ApiTokenList> {
  return apiRequest('/tokens', { signal, schema: apiTokenListSchema });
}

export const allTokensQueryOptions = () => queryOptions({ queryKey: apiTokenKeys.everyone(), queryFn: ({ signal }) => listAllTokens(signal) });

export function useAllTokens() {
  return useQuery(allTokensQueryOptions());
}
