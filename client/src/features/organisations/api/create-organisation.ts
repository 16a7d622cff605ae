import { useMutation, useQueryClient } from '@tanstack/react-query';
import { organisationSchema, type CreateOrganisationInput, type Organisation } from '@akkoord/shared/schemas/organisation';
import { ApiError, apiRequest } from '../../../lib/api-client.ts';
import { organisationsQueryOptions } from './list-organisations.ts';
import { organisationKeys } from './keys.ts';

/** POST /api/organisations (legal, admin). */
export function createOrganisation(input: CreateOrganisationInput): Promise<Organisation> {
  return apiRequest('/organisations', { method: 'POST', body: input, schema: organisationSchema });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: (created) => {
      // In the pickers at once (a party select can take it before the list is fetched again).
      queryClient.setQueryData(organisationsQueryOptions().queryKey, (list) => (list ? [...list, created].sort((a, b) => a.name.localeCompare(b.name, 'nl')) : list));
      return queryClient.invalidateQueries({ queryKey: organisationKeys.all });
    },
  });
}

/** The organisation a 409 duplicate refusal offers instead (`existing`), or null. */
export function duplicateOf(error: unknown): Organisation | null {
  if (!(error instanceof ApiError) || error.status !== 409 || error.code !== 'conflict') return null;
  const parsed = organisationSchema.safeParse((error.body as { existing?: unknown } | null)?.existing);
  return parsed.success ? parsed.data : null;
}
