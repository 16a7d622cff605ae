import { useQueries } from '@tanstack/react-query';
import { AGREEMENT_STATUSES, type AgreementStatus } from '@akkoord/shared/domain/enums';
import { agreementsPageOptions } from './list-agreements.ts';

/** The per-status count queries (for prefetching in a route loader). */
export const statusCountQueries = () => AGREEMENT_STATUSES.map((status) => agreementsPageOptions({ status, limit: 1 }));

/** Totals per status (one `limit=1` request each: the API returns the total with every page). */
export function useAgreementStatusCounts() {
  return useQueries({
    queries: statusCountQueries(),
    combine: (results) => ({
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
      refetch: () => Promise.all(results.map((r) => r.refetch())),
      counts: results.every((r) => r.data)
        ? (Object.fromEntries(AGREEMENT_STATUSES.map((s, i) => [s, results[i]?.data?.total ?? 0])) as Record<AgreementStatus, number>)
        : undefined,
    }),
  });
}
