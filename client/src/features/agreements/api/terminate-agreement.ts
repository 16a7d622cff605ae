import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementSchema, type Agreement } from '@akkoord/shared/schemas/agreement';
import { apiRequest } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import { agreementKeys, isBelowAgreement } from './keys.ts';

/** POST /api/agreements/:id/terminate: record the day written notice was given. */
export function terminateAgreement(id: number, noticeGivenDate: string): Promise<Agreement> {
  return apiRequest(`/agreements/${id}/terminate`, { method: 'POST', body: { noticeGivenDate }, schema: agreementSchema });
}

export function useRecordNotice(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noticeGivenDate: string) => terminateAgreement(id, noticeGivenDate),
    onSuccess: (saved) => {
      queryClient.setQueryData(agreementKeys.detail(id), saved);
      void queryClient.invalidateQueries({ queryKey: sharedQueryKeys.alerts });
      void queryClient.invalidateQueries({ queryKey: agreementKeys.detail(id), predicate: isBelowAgreement(id) });
      return queryClient.invalidateQueries({ queryKey: agreementKeys.lists() });
    },
  });
}
