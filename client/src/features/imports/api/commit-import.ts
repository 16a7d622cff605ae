import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importStatusSchema, type ImportCommitInput, type ImportStatus } from '@akkoord/shared/schemas/import';
import { apiRequest } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import { importKeys } from './keys.ts';

/** POST /api/imports/:id/commit (answers 202 at once; the status query follows the progress). */
export function commitImport(id: number, input: ImportCommitInput): Promise<ImportStatus> {
  return apiRequest(`/imports/${id}/commit`, { method: 'POST', body: input, schema: importStatusSchema });
}

export function useCommitImport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportCommitInput) => commitImport(id, input),
    onSuccess: (status) => {
      queryClient.setQueryData(importKeys.status(id), status);
      return queryClient.invalidateQueries({ queryKey: sharedQueryKeys.agreements });
    },
  });
}
