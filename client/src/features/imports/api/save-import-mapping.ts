import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importStatusSchema, type ImportMappingInput, type ImportStatus } from '@akkoord/shared/schemas/import';
import { apiRequest } from '../../../lib/api-client.ts';
import { importKeys } from './keys.ts';

/** PUT /api/imports/:id/mapping. */
export function saveImportMapping(id: number, input: ImportMappingInput): Promise<ImportStatus> {
  return apiRequest(`/imports/${id}/mapping`, { method: 'PUT', body: input, schema: importStatusSchema });
}

export function useSaveImportMapping(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportMappingInput) => saveImportMapping(id, input),
    onSuccess: (status) => {
      queryClient.setQueryData(importKeys.status(id), status);
      return queryClient.invalidateQueries({ queryKey: [...importKeys.batch(id), 'rows'] });
    },
  });
}
