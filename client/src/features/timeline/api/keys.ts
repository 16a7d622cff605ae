import type { Query } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';

/** The timeline feature's query keys (decision 040): under the agreement lists, so every change to an agreement refreshes the timeline too. */
export const timelineKeys = {
  agreements: (query: Query) => [...sharedQueryKeys.agreementLists, 'timeline', query] as const,
};
