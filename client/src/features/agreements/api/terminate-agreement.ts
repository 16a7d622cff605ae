import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementSchema, type Agreement } from '@akkoord/shared/schemas/agreement';
import type { TerminateAgreementInput } from '@akkoord/shared/schemas/renewal';
import { apiRequest } from '../../../lib/api-client.ts';
import { workflowStepSaved } from './workflow-step-saved.ts';

/** POST /api/agreements/:id/terminate: record the day written notice was given (and the last day when it does not follow). */
export function terminateAgreement(id: number, input: TerminateAgreementInput): Promise<Agreement> {
  return apiRequest(`/agreements/${id}/terminate`, { method: 'POST', body: input, schema: agreementSchema });
}

export function useRecordNotice(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TerminateAgreementInput) => terminateAgreement(id, input),
    onSuccess: (saved) => workflowStepSaved(queryClient, [saved]),
  });
}
