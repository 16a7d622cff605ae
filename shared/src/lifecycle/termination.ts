import type { PartialDate } from '../dates/partial-date.ts';
import type { DaySpan } from '../dates/date-span.ts';
import { toPartialDate } from '../dates/date-span.ts';
import type { LifecycleInput } from './lifecycle-types.ts';
import { describeTerms, termEndAt } from './term-structure.ts';

/** The last day of an agreement when notice is given on `noticeGivenDate`, or null when the facts do not determine it. */
export function computeTerminationEnd(input: LifecycleInput, noticeGivenDate: string): { end: PartialDate | null; span: DaySpan | null } {
  const s = describeTerms({ ...input, noticeGivenDate, terminationDate: null });
  let span: DaySpan | null = null;
  if (s.indefinite) span = s.cutOff;
  else if (s.renewalPeriodMissing && s.lastTerm !== 0) span = null;
  else if (s.initialEnd && (!s.renewal || s.lastTerm !== null)) span = termEndAt(s, s.renewal ? (s.lastTerm ?? 0) : 0);
  return { end: span ? toPartialDate(span) : null, span };
}
