import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementSchema, type Agreement } from '@akkoord/shared/schemas/agreement';
import { apiRequest } from '../../../lib/api-client.ts';
import { workflowStepSaved } from './workflow-step-saved.ts';

/** POST /api/agreements/:id/renewal/cancel: back as before the renewal, the draft successor archived. */
export function cancelRenewal(id: number): Promise<Agreement> {
  return apiRequest(`/agreements/${id}/renewal/cancel`, { method: 'POST', body: {}, schema: agreementSchema });
}

/** `draftId`: the successor that is archived with it (refetched). */
export function useCancelRenewal(id: number, draftId: number | null) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => cancelRenewal(id), onSuccess: (saved) => workflowStepSaved(queryClient, [saved], draftId ? [draftId] : []) });
}
