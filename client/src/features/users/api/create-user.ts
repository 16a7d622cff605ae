import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userWithPasswordSchema, type CreateUserInput, type UserWithPassword } from '@akkoord/shared/schemas/user';
import { apiRequest } from '../../../lib/api-client.ts';
import { userKeys } from './keys.ts';

/** POST /api/users: without a password the server generates one and returns it once. */
export function createUser(input: CreateUserInput): Promise<UserWithPassword> {
  return apiRequest('/users', { method: 'POST', body: input, schema: userWithPasswordSchema });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
