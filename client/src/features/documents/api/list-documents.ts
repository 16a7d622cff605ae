import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { documentListSchema, type DocumentList } from '@akkoord/shared/schemas/document';
import { documentKeys } from './keys.ts';

/** GET /api/agreements/:id/documents (archived ones included, marked). */
export function listDocuments(agreementId: number, signal?: AbortSignal): Promise<DocumentList> {
  return apiRequest(`/agreements/${agreementId}/documents`, { signal, schema: documentListSchema });
}

/** While a version's text is still being read, ask again every few seconds so its status turns up by itself. */
export const TEXT_POLL_MS = 2000;

export const documentsQueryOptions = (agreementId: number) =>
  queryOptions({
    queryKey: documentKeys.list(agreementId),
    queryFn: ({ signal }) => listDocuments(agreementId, signal),
    refetchInterval: (query) => (query.state.data?.items.some((d) => d.versions.some((v) => v.textStatus === 'pending')) ? TEXT_POLL_MS : false),
  });

export function useDocuments(agreementId: number) {
  return useQuery(documentsQueryOptions(agreementId));
}
