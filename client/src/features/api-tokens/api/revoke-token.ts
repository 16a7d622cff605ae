import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { apiTokenKeys } from './keys.ts';

/** DELETE /api/me/tokens/:id (your own) or /api/tokens/:id (admins, anyone's): it stops working at once. */
export function revokeToken({ id, anyone }: { id: number; anyone: boolean }): Promise<void> {
  return apiRequest(anyone ? `/tokens/${id}` : `/me/tokens/${id}`, { method: 'DELETE' });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }) });
}
