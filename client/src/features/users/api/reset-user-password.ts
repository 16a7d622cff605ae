import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userWithPasswordSchema, type UserWithPassword } from '@akkoord/shared/schemas/user';
import { apiRequest } from '../../../lib/api-client.ts';
import { userKeys } from './keys.ts';

/** POST /api/users/:id/reset-password: a new random password (returned once); lifts a lock-out, ends the account's sessions. */
export function resetUserPassword(id: number): Promise<UserWithPassword> {
  return apiRequest(`/users/${id}/reset-password`, { method: 'POST', schema: userWithPasswordSchema });
}

export function useResetUserPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetUserPassword,
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
