import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { agreementSchema } from '@akkoord/shared/schemas/agreement';
import { apiRequest } from '../../../lib/api-client.ts';
import { workflowStepSaved } from './workflow-step-saved.ts';

const activatedSchema = z.object({ agreement: agreementSchema, predecessor: agreementSchema.nullable() });
export type Activated = z.infer<typeof activatedSchema>;

/** POST /api/agreements/:id/activate: the draft comes into force; the agreement it renews becomes `renewed`. */
export function activateAgreement(id: number): Promise<Activated> {
  return apiRequest(`/agreements/${id}/activate`, { method: 'POST', body: {}, schema: activatedSchema });
}

export function useActivateAgreement(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => activateAgreement(id),
    onSuccess: (result) => workflowStepSaved(queryClient, result.predecessor ? [result.agreement, result.predecessor] : [result.agreement]),
  });
}
