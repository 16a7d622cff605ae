import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { userSchema, type User } from '@akkoord/shared/schemas/user';
import { apiRequest } from '../../../lib/api-client.ts';
import { userKeys } from './keys.ts';

const usersSchema = z.array(userSchema);

/** GET /api/users: every account, by e-mail (admins). */
export function listUsers(signal?: AbortSignal): Promise<User[]> {
  return apiRequest('/users', { signal, schema: usersSchema });
}

export const usersQueryOptions = () => queryOptions({ queryKey: userKeys.list(), queryFn: ({ signal }) => listUsers(signal) });

export function useUsers() {
  return useQuery(usersQueryOptions());
}
