import type { TermKind } from '../domain/enums.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import type { Period } from '../schemas/agreement.ts';

/** The agreement facts that can be read from a document's text (issue 13, item 7). */
export const SUGGESTION_FIELDS = [
  'startDate',
  'endDate',
  'termKind',
  'initialTermMonths',
  'noticePeriod',
  'tacitRenewal',
  'renewalPeriod',
  'maxRenewals',
  'reviewDate',
  'signedDate',
] as const;
export type SuggestionField = (typeof SUGGESTION_FIELDS)[number];

/** The value type of each field, as the agreement stores it (`signedDate` is the parties' signing date). */
export interface SuggestedFacts {
  startDate: PartialDate;
  endDate: PartialDate;
  termKind: TermKind;
  initialTermMonths: number;
  noticePeriod: Period;
  tacitRenewal: boolean;
  renewalPeriod: Period;
  maxRenewals: number;
  reviewDate: PartialDate;
  signedDate: PartialDate;
}

/** Whether two values of a field say the same (periods compared by value and unit). */
export function sameFactValue(a: unknown, b: unknown): boolean {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const p = a as Period;
    const q = b as Period;
    return p.value === q.value && p.unit === q.unit;
  }
  return a === b;
}
