import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importStatusSchema, type ImportStatus } from '@akkoord/shared/schemas/import';
import { apiRequest } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import { importKeys } from './keys.ts';

/** POST /api/imports/:id/revert. */
export function revertImport(id: number): Promise<ImportStatus> {
  return apiRequest(`/imports/${id}/revert`, { method: 'POST', schema: importStatusSchema });
}

export function useRevertImport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revertImport(id),
    onSuccess: (status) => {
      queryClient.setQueryData(importKeys.status(id), status);
      return queryClient.invalidateQueries({ queryKey: sharedQueryKeys.agreements });
    },
  });
}
