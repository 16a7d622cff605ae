import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { agreementSchema, type Agreement, type UpdateAgreementInput } from '@akkoord/shared/schemas/agreement';
import { suggestionSchema, type Suggestion } from '@akkoord/shared/schemas/suggestion';
import { apiRequest } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';

const acceptedSchema = z.object({ agreement: agreementSchema, suggestion: suggestionSchema });

/** POST …/suggestions/:id/accept with the agreement version last read: the value goes in through the normal update. */
export function acceptSuggestion(agreementId: number, suggestionId: number, version: number): Promise<{ agreement: Agreement; suggestion: Suggestion }> {
  return apiRequest(`/agreements/${agreementId}/suggestions/${suggestionId}/accept`, { method: 'POST', body: { version }, schema: acceptedSchema });
}

/** POST …/suggestions/:id/reject: the agreement stays as it is. */
export function rejectSuggestion(agreementId: number, suggestionId: number): Promise<Suggestion> {
  return apiRequest(`/agreements/${agreementId}/suggestions/${suggestionId}/reject`, { method: 'POST', body: {}, schema: suggestionSchema });
}

/** POST …/suggestions/:id/reopen: a decision undone (the suggestion is open again). */
export function reopenSuggestion(agreementId: number, suggestionId: number): Promise<Suggestion> {
  return apiRequest(`/agreements/${agreementId}/suggestions/${suggestionId}/reopen`, { method: 'POST', body: {}, schema: suggestionSchema });
}

/** PATCH /api/agreements/:id: puts an accepted field back as it was (the undo of an accept). */
function restoreAgreement(agreementId: number, input: UpdateAgreementInput): Promise<Agreement> {
  return apiRequest(`/agreements/${agreementId}`, { method: 'PATCH', body: input, schema: agreementSchema });
}

export type SuggestionDecision =
  | { kind: 'accept'; suggestion: Suggestion; version: number }
  | { kind: 'reject'; suggestion: Suggestion }
  | { kind: 'reopen'; suggestion: Suggestion }
  /** Undo of an accept: the field back to its earlier value, then the suggestion open again. */
  | { kind: 'undo-accept'; suggestion: Suggestion; restore: UpdateAgreementInput };

async function run(agreementId: number, d: SuggestionDecision): Promise<Agreement | null> {
  switch (d.kind) {
    case 'accept':
      return (await acceptSuggestion(agreementId, d.suggestion.id, d.version)).agreement;
    case 'reject':
      await rejectSuggestion(agreementId, d.suggestion.id);
      return null;
    case 'reopen':
      await reopenSuggestion(agreementId, d.suggestion.id);
      return null;
    case 'undo-accept': {
      const agreement = await restoreAgreement(agreementId, d.restore);
      await reopenSuggestion(agreementId, d.suggestion.id);
      return agreement;
    }
  }
}

/** Accepts, rejects or reopens a suggestion; the agreement (facts, status, history, alerts) and the list refresh. */
export function useDecideSuggestion(agreementId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (d: SuggestionDecision) => run(agreementId, d),
    onSuccess: (agreement) => {
      if (agreement) queryClient.setQueryData(sharedQueryKeys.agreement(agreementId), agreement);
    },
    onSettled: async () => {
      // Everything below the agreement (its suggestions, history, chain) and what an agreement change moves.
      await queryClient.invalidateQueries({ queryKey: sharedQueryKeys.agreement(agreementId) });
      await queryClient.invalidateQueries({ queryKey: sharedQueryKeys.alerts });
      await queryClient.invalidateQueries({ queryKey: sharedQueryKeys.agreementLists });
    },
  });
}
