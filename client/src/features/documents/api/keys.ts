import { sharedQueryKeys } from '../../../lib/query-keys.ts';

/**
 * The documents feature's query keys (decision 040). An agreement's list sits
 * below the agreement, so whatever refreshes the agreement refreshes its
 * documents; one document and its texts sit under their own prefix.
 */
export const documentKeys = {
  all: ['documents'] as const,
  list: (agreementId: number) => [...sharedQueryKeys.agreement(agreementId), 'documents'] as const,
  detail: (id: number) => ['documents', id] as const,
  text: (id: number, version: number) => ['documents', id, 'versions', version, 'text'] as const,
};
