import type { CollaborationDetail } from '@akkoord/shared/schemas/collaboration';

/**
 * The agreements on a collaboration page that the user may open: its own and
 * the covering ones the API gave in full. Those outside the user's
 * collaborations (`restricted`) would answer 404 to every request about them.
 */
export function openableAgreementIds(c: Pick<CollaborationDetail, 'agreements' | 'coveredBy'>): number[] {
  return [...c.agreements.map((a) => a.id), ...c.coveredBy.flatMap((cover) => cover.agreements.filter((a) => !a.restricted).map((a) => a.id))];
}

/**
 * Whose timeline the page shows: its own, or, when it has no agreements of
 * its own (KMT), the first covering collaboration the user may see. A cover
 * outside the user's collaborations would give an empty timeline.
 */
export function timelineCollaborationOf(c: Pick<CollaborationDetail, 'code' | 'agreements' | 'coveredBy'>): string {
  if (c.agreements.length) return c.code;
  return c.coveredBy.find((cover) => cover.agreements.some((a) => !a.restricted))?.code ?? c.code;
}
