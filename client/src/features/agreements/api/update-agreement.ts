import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementSchema, type Agreement, type UpdateAgreementInput } from '@akkoord/shared/schemas/agreement';
import { apiRequest, ApiError } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import { agreementKeys, isBelowAgreement } from './keys.ts';

/** PATCH /api/agreements/:id with the version last read (optimistic concurrency). */
export function updateAgreement(id: number, input: UpdateAgreementInput): Promise<Agreement> {
  return apiRequest(`/agreements/${id}`, { method: 'PATCH', body: input, schema: agreementSchema });
}

/** The server's current version carried by a 409 stale_write answer, if any. */
export function staleWriteCurrent(error: unknown): Agreement | null {
  if (!(error instanceof ApiError) || error.code !== 'stale_write') return null;
  const body = error.body as { current?: unknown } | null;
  const parsed = agreementSchema.safeParse(body?.current);
  return parsed.success ? parsed.data : null;
}

/**
 * Saves an edit. The cached agreement shows the new values at once
 * (optimistic) and rolls back when the server refuses.
 */
export function useUpdateAgreement(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateAgreementInput) => updateAgreement(id, input),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: agreementKeys.detail(id) });
      const previous = queryClient.getQueryData<Agreement>(agreementKeys.detail(id));
      if (previous) {
        const { parties: _parties, version: _version, ...simple } = input;
        queryClient.setQueryData<Agreement>(agreementKeys.detail(id), { ...previous, ...(simple as Partial<Agreement>) });
      }
      return { previous };
    },
    onError: (error, _input, context) => {
      const current = staleWriteCurrent(error);
      if (current) queryClient.setQueryData(agreementKeys.detail(id), current);
      else if (context?.previous) queryClient.setQueryData(agreementKeys.detail(id), context.previous);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(agreementKeys.detail(id), saved);
    },
    onSettled: async () => {
      // History, chain and alerts of the agreement change with it.
      await queryClient.invalidateQueries({ queryKey: agreementKeys.detail(id), predicate: isBelowAgreement(id) });
      await queryClient.invalidateQueries({ queryKey: sharedQueryKeys.alerts });
      await queryClient.invalidateQueries({ queryKey: agreementKeys.lists() });
    },
  });
}
