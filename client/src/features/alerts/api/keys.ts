import type { Query } from '../../../lib/api-client.ts';
import { sharedQueryKeys } from '../../../lib/query-keys.ts';

/** The alerts feature's query keys (decision 040): every page starts from the shared `alerts` prefix. */
export const alertKeys = {
  all: sharedQueryKeys.alerts,
  list: (query: Query) => [...sharedQueryKeys.alerts, query] as const,
};
