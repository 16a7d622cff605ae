import type { PartialDate } from '../dates/partial-date.ts';
import type { DaySpan } from '../dates/date-span.ts';
import { toPartialDate } from '../dates/date-span.ts';
import type { LifecycleInput } from './lifecycle-types.ts';
import { describeTerms, termEndAt } from './term-structure.ts';
import { analyseLifecycle } from './analyse-lifecycle.ts';

/** The last day of an agreement when notice is given on `noticeGivenDate`, or null when the facts do not determine it. */
export function computeTerminationEnd(input: LifecycleInput, noticeGivenDate: string): { end: PartialDate | null; span: DaySpan | null } {
  const s = describeTerms({ ...input, noticeGivenDate, terminationDate: null });
  let span: DaySpan | null = null;
  if (s.indefinite) span = s.cutOff;
  else if (s.renewalPeriodMissing && s.lastTerm !== 0) span = null;
  else if (s.initialEnd && (!s.renewal || s.lastTerm !== null)) span = termEndAt(s, s.renewal ? (s.lastTerm ?? 0) : 0);
  return { end: span ? toPartialDate(span) : null, span };
}

/** What giving notice on a day would do: the last day, and whether the notice deadline had already passed (then the next term is served too). */
export interface NoticeOutcome {
  lastDay: PartialDate | null;
  /** The notice deadline of the term notice falls in (null for indefinite terms or when unknown). */
  deadline: PartialDate | null;
  /** Notice after that deadline: the agreement renews once more and ends at the end of the next term. */
  late: boolean;
}

/** The effect of notice given on `noticeGivenDate` (for the dialog that records it; the server stores the same last day). */
export function explainNotice(input: LifecycleInput, noticeGivenDate: string): NoticeOutcome {
  const withoutNotice: LifecycleInput = { ...input, workflowState: 'active', noticeGivenDate: null, terminationDate: null, decision: null };
  const a = analyseLifecycle(withoutNotice, noticeGivenDate);
  const { end } = computeTerminationEnd(withoutNotice, noticeGivenDate);
  return { lastDay: end, deadline: a.deadline ? toPartialDate(a.deadline) : null, late: a.deadline !== null && noticeGivenDate > a.deadline.latest };
}
