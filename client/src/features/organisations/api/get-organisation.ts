import { queryOptions, useQuery } from '@tanstack/react-query';
import { organisationDetailSchema, type OrganisationDetail } from '@akkoord/shared/schemas/organisation';
import { apiRequest } from '../../../lib/api-client.ts';
import { organisationKeys } from './keys.ts';

/** GET /api/organisations/:id with the agreements it is party to. */
export function getOrganisation(id: number, signal?: AbortSignal): Promise<OrganisationDetail> {
  return apiRequest(`/organisations/${id}`, { signal, schema: organisationDetailSchema });
}

export const organisationQueryOptions = (id: number) => queryOptions({ queryKey: organisationKeys.detail(id), queryFn: ({ signal }) => getOrganisation(id, signal) });

export function useOrganisation(id: number) {
  return useQuery(organisationQueryOptions(id));
}
