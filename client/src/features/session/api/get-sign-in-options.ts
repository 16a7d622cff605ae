import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';
import { sessionKeys } from './keys.ts';

const signInOptionsSchema = z.object({ sso: z.object({ providerName: z.string() }).nullable(), localLogin: z.boolean() });
export type SignInOptions = z.infer<typeof signInOptionsSchema>;

/** GET /api/auth/sso: the OpenID provider to offer first, and whether the password form is for everyone. */
export function getSignInOptions(signal?: AbortSignal): Promise<SignInOptions> {
  return apiRequest('/auth/sso', { signal, schema: signInOptionsSchema });
}

export const signInOptionsQueryOptions = () => queryOptions({ queryKey: sessionKeys.signInOptions, queryFn: ({ signal }) => getSignInOptions(signal), staleTime: Infinity });

export function useSignInOptions() {
  return useQuery(signInOptionsQueryOptions());
}
