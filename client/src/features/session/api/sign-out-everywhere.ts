import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client.ts';
import { type SessionState } from './get-session.ts';
import { sessionKeys } from './keys.ts';

/** DELETE /api/sessions: ends every session of the signed-in user, this one included. */
export function signOutEverywhere(): Promise<unknown> {
  return apiRequest('/sessions', { method: 'DELETE' });
}

/** Signs out everywhere, then forgets all cached data as a normal sign-out does. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData<SessionState>(sessionKeys.current, { kind: 'signed-out' });
    },
  });
}
