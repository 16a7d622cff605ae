import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema, type UpdateUserInput, type User } from '@akkoord/shared/schemas/user';
import { apiRequest } from '../../../lib/api-client.ts';
import { userKeys } from './keys.ts';

/**
 * PATCH /api/users/:id with the version last read (a stale one answers 409).
 * The server refuses (409) to demote or deactivate the last active admin, or yourself.
 */
export function updateUser(id: number, input: UpdateUserInput): Promise<User> {
  return apiRequest(`/users/${id}`, { method: 'PATCH', body: input, schema: userSchema });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: UpdateUserInput }) => updateUser(id, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
