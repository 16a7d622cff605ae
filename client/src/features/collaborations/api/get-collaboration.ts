import { queryOptions, useQuery } from '@tanstack/react-query';
import { collaborationDetailSchema, type CollaborationDetail } from '@akkoord/shared/schemas/collaboration';
import { apiRequest } from '../../../lib/api-client.ts';
import { collaborationKeys } from './keys.ts';

/** GET /api/collaborations/:code with members, funding and agreements. */
export function getCollaboration(code: string, signal?: AbortSignal): Promise<CollaborationDetail> {
  return apiRequest(`/collaborations/${encodeURIComponent(code)}`, { signal, schema: collaborationDetailSchema });
}

export const collaborationQueryOptions = (code: string) => queryOptions({ queryKey: collaborationKeys.detail(code), queryFn: ({ signal }) => getCollaboration(code, signal) });

export function useCollaboration(code: string) {
  return useQuery(collaborationQueryOptions(code));
}
