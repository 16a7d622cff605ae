import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementSchema, type Agreement } from '@akkoord/shared/schemas/agreement';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import { agreementKeys } from './keys.ts';

// The archive/restore answer is the agreement; tolerate a bare acknowledgement too.
const answerSchema = z.union([agreementSchema, z.unknown()]);

export interface ArchiveInput {
  confirm?: boolean;
  reason?: string;
}

/** POST /api/agreements/:id/archive (records are archived, never deleted). */
export function archiveAgreement(id: number, input: ArchiveInput): Promise<unknown> {
  return apiRequest(`/agreements/${id}/archive`, { method: 'POST', body: input, schema: answerSchema });
}

/** POST /api/agreements/:id/restore */
export function restoreAgreement(id: number): Promise<unknown> {
  return apiRequest(`/agreements/${id}/restore`, { method: 'POST', body: {}, schema: answerSchema });
}

function useArchiveToggle(id: number, archive: boolean) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ArchiveInput) => (archive ? archiveAgreement(id, input) : restoreAgreement(id)),
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: agreementKeys.detail(id) });
      const previous = queryClient.getQueryData<Agreement>(agreementKeys.detail(id));
      if (previous) {
        queryClient.setQueryData<Agreement>(agreementKeys.detail(id), {
          ...previous,
          archived: archive,
          archivedAt: archive ? new Date().toISOString() : null,
        });
      }
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(agreementKeys.detail(id), context.previous);
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: agreementKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: sharedQueryKeys.alerts });
      await queryClient.invalidateQueries({ queryKey: agreementKeys.lists() });
    },
  });
}

/** Archive with optimistic update and rollback. */
export const useArchiveAgreement = (id: number) => useArchiveToggle(id, true);
/** Restore with optimistic update and rollback. */
export const useRestoreAgreement = (id: number) => useArchiveToggle(id, false);
