import { sharedQueryKeys } from '../../../lib/query-keys.ts';

/** The suggestions feature's query keys (decision 040): below the agreement, so any change of the agreement refreshes them. */
export const suggestionKeys = {
  list: (agreementId: number) => [...sharedQueryKeys.agreement(agreementId), 'suggestions'] as const,
};
