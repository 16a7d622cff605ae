import { queryOptions, useQuery } from '@tanstack/react-query';
import { importStatusSchema, type ImportStatus } from '@akkoord/shared/schemas/import';
import { apiRequest } from '../../../lib/api-client.ts';
import { importKeys } from './keys.ts';

/** GET /api/imports/:id (state, progress, counts). */
export function getImport(id: number, signal?: AbortSignal): Promise<ImportStatus> {
  return apiRequest(`/imports/${id}`, { schema: importStatusSchema, signal });
}

/** Polled every half second while the import runs (the progress bar). */
export const importStatusQueryOptions = (id: number) =>
  queryOptions({
    queryKey: importKeys.status(id),
    queryFn: ({ signal }) => getImport(id, signal),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? 500 : false),
  });

export function useImportStatus(id: number | null) {
  return useQuery({ ...importStatusQueryOptions(id ?? 0), enabled: id !== null });
}
