import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput } from '@akkoord/shared/schemas/session';
import { apiRequest } from '../../../lib/api-client.ts';
import { sessionKeys } from './keys.ts';

/** POST /api/session/password: checks the current password; the user's other sessions end. */
export function changePassword(input: ChangePasswordInput): Promise<unknown> {
  return apiRequest('/session/password', { method: 'POST', body: input });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The session no longer asks for a new password.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.current }),
  });
}
