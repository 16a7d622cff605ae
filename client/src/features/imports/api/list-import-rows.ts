import { queryOptions, useQuery } from '@tanstack/react-query';
import { importRowsSchema, type ImportRows, type ImportRowsQuery } from '@akkoord/shared/schemas/import';
import { apiRequest } from '../../../lib/api-client.ts';
import { importKeys } from './keys.ts';

/** GET /api/imports/:id/rows?status=… (every row with that verdict). */
export function listImportRows(id: number, status: ImportRowsQuery['status'], signal?: AbortSignal): Promise<ImportRows> {
  return apiRequest(`/imports/${id}/rows`, { query: { status }, schema: importRowsSchema, signal });
}

export const importRowsQueryOptions = (id: number, status: ImportRowsQuery['status']) =>
  queryOptions({ queryKey: importKeys.rows(id, status), queryFn: ({ signal }) => listImportRows(id, status, signal), staleTime: 30_000 });

export function useImportRows(id: number, status: ImportRowsQuery['status']) {
  return useQuery(importRowsQueryOptions(id, status));
}
