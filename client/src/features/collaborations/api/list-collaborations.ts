import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { collaborationSummarySchema, type CollaborationSummary } from '@akkoord/shared/schemas/collaboration';
import { apiRequest } from '../../../lib/api-client.ts';
import { collaborationKeys } from './keys.ts';

// The list may come bare or wrapped as { items }.
const listSchema = z.union([z.array(collaborationSummarySchema), z.object({ items: z.array(collaborationSummarySchema) })]).transform((v) => (Array.isArray(v) ? v : v.items));

/** GET /api/collaborations */
export function listCollaborations(signal?: AbortSignal): Promise<CollaborationSummary[]> {
  return apiRequest('/collaborations', { signal, schema: listSchema });
}

export const collaborationsQueryOptions = () => queryOptions({ queryKey: collaborationKeys.list(), queryFn: ({ signal }) => listCollaborations(signal), staleTime: 5 * 60_000 });

export function useCollaborations() {
  return useQuery(collaborationsQueryOptions());
}
