import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { organisationSchema, type Organisation } from '@akkoord/shared/schemas/organisation';
import { apiRequest } from '../../../lib/api-client.ts';
import { organisationKeys } from './keys.ts';

const listSchema = z.union([z.array(organisationSchema), z.object({ items: z.array(organisationSchema) })]).transform((v) => (Array.isArray(v) ? v : v.items));

/** GET /api/organisations */
export function listOrganisations(signal?: AbortSignal): Promise<Organisation[]> {
  return apiRequest('/organisations', { signal, schema: listSchema });
}

/** Every organisation query (list and details) starts with this key. */

export const organisationsQueryOptions = () => queryOptions({ queryKey: organisationKeys.list(), queryFn: ({ signal }) => listOrganisations(signal), staleTime: 5 * 60_000 });

export function useOrganisations() {
  return useQuery(organisationsQueryOptions());
}
