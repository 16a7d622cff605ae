import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementSchema, type Agreement, type CreateAgreementInput } from '@akkoord/shared/schemas/agreement';
import { apiRequest } from '../../../lib/api-client.ts';
import { agreementKeys } from './keys.ts';

/** POST /api/agreements */
export function createAgreement(input: CreateAgreementInput): Promise<Agreement> {
  return apiRequest('/agreements', { method: 'POST', body: input, schema: agreementSchema });
}

export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAgreement,
    onSuccess: (created) => {
      queryClient.setQueryData(agreementKeys.detail(created.id), created);
      return queryClient.invalidateQueries({ queryKey: agreementKeys.lists() });
    },
  });
}
