import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createdApiTokenSchema, type CreateApiTokenInput, type CreatedApiToken } from '@akkoord/shared/schemas/api-token';
import { apiRequest } from '../../../lib/api-client.ts';
import { apiTokenKeys } from './keys.ts';

/** POST /api/me/tokens: a new token; its secret is in this answer only. */
export function createToken(input: CreateApiTokenInput): Promise<CreatedApiToken> {
  return apiRequest('/me/tokens', { method: 'POST', body: input, schema: createdApiTokenSchema });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }) });
}
