import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { documentKeys } from './keys.ts';

/** POST /api/documents/:id/archive or /restore: the file is kept either way (Archiefwet). */
export function setDocumentArchived(id: number, archived: boolean): Promise<unknown> {
  return apiRequest(`/documents/${id}/${archived ? 'archive' : 'restore'}`, { method: 'POST', body: {} });
}

/** Archives or restores a document, then refreshes the agreement's list. */
export function useSetDocumentArchived(agreementId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, archived }: { id: number; archived: boolean }) => setDocumentArchived(id, archived),
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentKeys.list(agreementId) }),
  });
}
