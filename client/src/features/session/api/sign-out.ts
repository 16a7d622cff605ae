import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '../../../lib/api-client.ts';
import { type SessionState } from './get-session.ts';
import { sessionKeys } from './keys.ts';

/** DELETE /api/session; a single sign-on session answers the provider's logout URL (RP-initiated logout). */
export function signOut(): Promise<{ logoutUrl?: string } | undefined> {
  return apiRequest('/session', { method: 'DELETE' });
}

/** Signs out and drops all cached data, so nothing of the register stays in memory. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Signed in through the provider: end its session too, which sends the browser back to the sign-in page.
    onSuccess: (result) => {
      if (result?.logoutUrl) window.location.assign(result.logoutUrl);
    },
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData<SessionState>(sessionKeys.current, { kind: 'signed-out' });
    },
  });
}
