import { queryOptions, useQuery } from '@tanstack/react-query';
import { overviewSchema, type Overview } from '@akkoord/shared/schemas/overview';
import { apiRequest } from '../../../lib/api-client.ts';
import { collaborationKeys } from './keys.ts';

/** GET /api/overview: the source document's comparison table, rebuilt from the database. */
export function getOverview(signal?: AbortSignal): Promise<Overview> {
  return apiRequest('/overview', { signal, schema: overviewSchema });
}

export const overviewQueryOptions = () => queryOptions({ queryKey: collaborationKeys.overview(), queryFn: ({ signal }) => getOverview(signal) });

export function useOverview() {
  return useQuery(overviewQueryOptions());
}
