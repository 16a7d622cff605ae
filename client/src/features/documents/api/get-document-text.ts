import { queryOptions, useQuery } from '@tanstack/react-query';
import { documentVersionTextSchema, type DocumentVersionText } from '@akkoord/shared/schemas/document-text';
import { apiRequest } from '../../../lib/api-client.ts';
import { documentKeys } from './keys.ts';
import { TEXT_POLL_MS } from './list-documents.ts';

/** GET /api/documents/:id/versions/:version/text: the extracted text, page by page. */
export function getDocumentText(id: number, version: number, signal?: AbortSignal): Promise<DocumentVersionText> {
  return apiRequest(`/documents/${id}/versions/${version}/text`, { signal, schema: documentVersionTextSchema });
}
export const documentTextQueryOptions = (id: number, version: number) =>
  queryOptions({
    queryKey: documentKeys.text(id, version),
    queryFn: ({ signal }) => getDocumentText(id, version, signal),
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? TEXT_POLL_MS : false),
  });

export function useDocumentText(id: number, version: number) {
  return useQuery(documentTextQueryOptions(id, version));
}
