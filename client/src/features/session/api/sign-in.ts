import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { sessionKeys } from './keys.ts';

export interface SignInInput {
  email: string;
  password: string;
}

export function signIn(input: SignInInput): Promise<unknown> {
  return apiRequest('/session', { method: 'POST', body: input });
}

/** Signs in, then forgets every cached answer of the signed-out state. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.current[0] });
      await queryClient.invalidateQueries({ queryKey: sessionKeys.current });
    },
  });
}
