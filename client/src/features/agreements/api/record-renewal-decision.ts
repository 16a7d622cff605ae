import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementSchema, type Agreement } from '@akkoord/shared/schemas/agreement';
import type { RecordDecisionInput } from '@akkoord/shared/schemas/renewal';
import { apiRequest } from '../../../lib/api-client.ts';
import { workflowStepSaved } from './workflow-step-saved.ts';

/** POST /api/agreements/:id/renewal/decision: renew, renegotiate or terminate (with the day notice was given). */
export function recordRenewalDecision(id: number, input: RecordDecisionInput): Promise<Agreement> {
  return apiRequest(`/agreements/${id}/renewal/decision`, { method: 'POST', body: input, schema: agreementSchema });
}

export function useRecordRenewalDecision(id: number) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: RecordDecisionInput) => recordRenewalDecision(id, input), onSuccess: (saved) => workflowStepSaved(queryClient, [saved]) });
}
