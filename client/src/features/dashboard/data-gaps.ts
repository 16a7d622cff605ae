import { precisionOf } from '@akkoord/shared/dates/partial-date';
import type { AgreementSummary } from '@akkoord/shared/schemas/agreement';

export type Gap = 'startDay' | 'end' | 'owner' | 'parties';

export interface AgreementGaps {
  agreementId: number;
  title: string;
  collaborationCode: string | null;
  gaps: Gap[];
}

/**
 * What each agreement lacks to have its deadlines watched: an exact start
 * day, an end date or term, an owner, its parties. Agreements without gaps
 * are left out.
 */
export function findDataGaps(agreements: AgreementSummary[]): AgreementGaps[] {
  const out: AgreementGaps[] = [];
  for (const a of agreements) {
    if (a.archived) continue;
    const gaps: Gap[] = [];
    if (!a.startDate || precisionOf(a.startDate) !== 'day') gaps.push('startDay');
    // The engine derives the current term from a start and a term length as well: with it, nothing is missing.
    if (!a.endDate && a.termKind !== 'indefinite' && !a.currentTermEnd) gaps.push('end');
    if (!a.ownerName) gaps.push('owner');
    if (!a.parties.length) gaps.push('parties');
    if (gaps.length) out.push({ agreementId: a.id, title: a.title, collaborationCode: a.collaborationCode, gaps });
  }
  return out;
}
