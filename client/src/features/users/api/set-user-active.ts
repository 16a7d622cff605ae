import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema, type User } from '@akkoord/shared/schemas/user';
import { apiRequest } from '../../../lib/api-client.ts';
import { userKeys } from './keys.ts';

/** POST /api/users/:id/deactivate (ends its sessions; never deleted) or /reactivate. */
export function setUserActive(id: number, active: boolean): Promise<User> {
  return apiRequest(`/users/${id}/${active ? 'reactivate' : 'deactivate'}`, { method: 'POST', schema: userSchema });
}

export function useSetUserActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: number; active: boolean }) => setUserActive(id, active),
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
