import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiTokenListSchema, type ApiTokenList } from '@akkoord/shared/schemas/api-token';
import { apiRequest } from '../../../lib/api-client.ts';
import { apiTokenKeys } from './keys.ts';

/** GET /api/me/tokens: your tokens that are not revoked, with their last use. */
export function listMyTokens(signal?: AbortSignal): Promise<ApiTokenList> {
  return apiRequest('/me/tokens', { signal, schema: apiTokenListSchema });
}

export const myTokensQueryOptions = () => queryOptions({ queryKey: apiTokenKeys.mine(), queryFn: ({ signal }) => listMyTokens(signal) });

/** `enabled: false` while the server would refuse (a temporary password still to be changed). */
export function useMyTokens({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...myTokensQueryOptions(), enabled });
}
