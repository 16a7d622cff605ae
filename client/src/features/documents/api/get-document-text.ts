import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { DOCUMENT_TEXT_STATUSES } from '@akkoord/shared/domain/documents';
import { apiRequest } from '../../../lib/api-client.ts';
import { documentKeys } from './keys.ts';
import { TEXT_POLL_MS } from './list-documents.ts';

/** The answer of the text route as issue 13 (item 5) gives it. */
export const documentTextSchema = z.object({
  status: z.enum(DOCUMENT_TEXT_STATUSES),
  reason: z.string().nullable().optional(),
  pages: z.array(z.object({ page: z.number().int(), text: z.string() })),
});
export type DocumentText = z.infer<typeof documentTextSchema>;

/** GET /api/documents/:id/versions/:version/text: the extracted text, page by page. */
export function getDocumentText(id: number, version: number, signal?: AbortSignal): Promise<DocumentText> {
  return apiRequest(`/documents/${id}/versions/${version}/text`, { signal, schema: documentTextSchema });
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
