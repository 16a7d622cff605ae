import { useMutation, useQueryClient } from '@tanstack/react-query';
import { organisationSchema, type Organisation, type UpdateOrganisationInput } from '@akkoord/shared/schemas/organisation';
import { apiRequest } from '../../../lib/api-client.ts';
import { organisationKeys } from './keys.ts';

/** PATCH /api/organisations/:id with the version read (legal, admin). */
export function updateOrganisation({ id, input }: { id: number; input: UpdateOrganisationInput }): Promise<Organisation> {
  return apiRequest(`/organisations/${id}`, { method: 'PATCH', body: input, schema: organisationSchema });
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}
