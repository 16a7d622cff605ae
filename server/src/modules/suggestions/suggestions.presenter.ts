import type { Suggestion } from '@akkoord/shared/schemas/suggestion';
import type { SuggestionWithDocument } from './suggestions.repo.ts';

/** The fields of a suggestion that leave the server. */
export function presentSuggestion(r: SuggestionWithDocument): Suggestion {
  return {
    id: r.id,
    field: r.field as Suggestion['field'],
    value: JSON.parse(r.value) as Suggestion['value'],
    documentId: r.documentId,
    documentTitle: r.documentTitle,
    version: r.version,
    page: r.page,
    quote: r.quote,
    state: r.state as Suggestion['state'],
  };
}
