import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { destructionListSchema, type DestructionList } from '@akkoord/shared/schemas/retention';
import { apiRequest } from '../../../lib/api-client.ts';
import { retentionKeys } from './keys.ts';

/** GET /api/destruction-lists: every list, newest first (admins). */
export function listDestructionLists(signal?: AbortSignal): Promise<DestructionList[]> {
  return apiRequest('/destruction-lists', { signal, schema: z.array(destructionListSchema) });
}

export const destructionListsQueryOptions = () => queryOptions({ queryKey: retentionKeys.lists(), queryFn: ({ signal }) => listDestructionLists(signal) });

export function useDestructionLists() {
  return useQuery(destructionListsQueryOptions());
}
