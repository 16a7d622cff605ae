import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client.ts';
import { type SessionState } from './get-session.ts';
import { sessionKeys } from './keys.ts';

export function signOut(): Promise<unknown> {
  return apiRequest('/session', { method: 'DELETE' });
}

/** Signs out and drops all cached data, so nothing of the register stays in memory. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData<SessionState>(sessionKeys.current, { kind: 'signed-out' });
    },
  });
}
