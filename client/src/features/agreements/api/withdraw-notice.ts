import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementSchema, type Agreement } from '@akkoord/shared/schemas/agreement';
import { apiRequest } from '../../../lib/api-client.ts';
import { workflowStepSaved } from './workflow-step-saved.ts';

/** POST /api/agreements/:id/notice/withdraw: the recorded notice is withdrawn while the agreement still runs. */
export function withdrawNotice(id: number): Promise<Agreement> {
  return apiRequest(`/agreements/${id}/notice/withdraw`, { method: 'POST', body: {}, schema: agreementSchema });
}

export function useWithdrawNotice(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => withdrawNotice(id), onSuccess: (saved) => workflowStepSaved(queryClient, [saved]) });
}
