import type { Query } from '../../../lib/api-client.ts';

/** The audit feature's query keys (decision 040). */
export const auditKeys = {
  all: ['audit'] as const,
  list: (query: Query) => [...auditKeys.all, 'list', query] as const,
};
