import type { AgreementSummary } from '@akkoord/shared/schemas/agreement';
import type { Query } from '../../../lib/api-client.ts';
import { listAgreements } from './list-agreements.ts';

const EXPORT_PAGE = 500;

/**
 * Every agreement matching the filter, fetched page by page with the
 * largest page the API allows (there is no server CSV route).
 */
export async function fetchAllAgreements(query: Query, onProgress?: (loaded: number, total: number) => void, signal?: AbortSignal): Promise<AgreementSummary[]> {
  const all: AgreementSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await listAgreements({ ...query, limit: EXPORT_PAGE, cursor: cursor ?? undefined }, signal);
    all.push(...page.items);
    onProgress?.(all.length, page.total);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}
