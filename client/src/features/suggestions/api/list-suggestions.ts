import { queryOptions, useQuery } from '@tanstack/react-query';
import { suggestionListSchema, type SuggestionList } from '@akkoord/shared/schemas/suggestion';
import { apiRequest } from '../../../lib/api-client.ts';
import { suggestionKeys } from './keys.ts';

/** GET /api/agreements/:id/suggestions: facts read from the agreement's documents, open ones first. */
export function listSuggestions(agreementId: number, signal?: AbortSignal): Promise<SuggestionList> {
  return apiRequest(`/agreements/${agreementId}/suggestions`, { signal, schema: suggestionListSchema });
}

export const suggestionsQueryOptions = (agreementId: number) =>
  queryOptions({ queryKey: suggestionKeys.list(agreementId), queryFn: ({ signal }) => listSuggestions(agreementId, signal) });

/** The list, asked again every `refreshMs` while the page is visible (text extracted meanwhile is read then). */
export function useSuggestions(agreementId: number, refreshMs?: number) {
  return useQuery({ ...suggestionsQueryOptions(agreementId), refetchInterval: refreshMs ?? false });
}
