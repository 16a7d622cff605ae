import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateProfileInput } from '@akkoord/shared/schemas/session';
import { apiRequest } from '../../../lib/api-client.ts';
import { sessionKeys } from './keys.ts';

/** PATCH /api/session/profile: your own name, language (also of your e-mails) and deputy. */
export function updateProfile(input: UpdateProfileInput): Promise<unknown> {
  return apiRequest('/session/profile', { method: 'PATCH', body: input });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.current }),
  });
}
