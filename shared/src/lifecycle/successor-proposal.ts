import { addDays, lastDayOfPeriod } from '../dates/calendar-day.ts';
import type { PartialDate } from '../dates/partial-date.ts';
import type { TermKind } from '../domain/enums.ts';
import type { Period } from '../schemas/agreement.ts';
import { computeLifecycle } from './compute-lifecycle.ts';
import type { LifecycleInput } from './lifecycle-types.ts';

/** What a renewal creates: the draft successor's title and term. */
export interface SuccessorProposal {
  title: string;
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  /** Set when the end cannot be placed yet (start unknown) but the term's length is known in months. */
  initialTermMonths: number | null;
  termKind: TermKind | null;
  /** The length of the successor's term, and where it came from. */
  term: Period | null;
  termFrom: 'renewal_period' | 'initial_term' | 'indefinite' | 'unknown';
}

const SUFFIX = /\s+—\s+verlenging(\s+\d{4})?$/;
const TITLE_MAX = 300;

/** "Title — verlenging 2027": the predecessor's title without an earlier renewal suffix, and the successor's first year. */
export function successorTitle(title: string, startDate: PartialDate | null): string {
  const suffix = ` — verlenging${startDate ? ` ${startDate.slice(0, 4)}` : ''}`;
  const base = title.replace(SUFFIX, '').trim();
  return `${base.slice(0, TITLE_MAX - suffix.length)}${suffix}`;
}

function termOf(input: LifecycleInput): { term: Period | null; termFrom: SuccessorProposal['termFrom'] } {
  if (input.termKind === 'indefinite') return { term: null, termFrom: 'indefinite' };
  if (input.renewalPeriod && input.tacitRenewal !== false) return { term: input.renewalPeriod, termFrom: 'renewal_period' };
  if (input.initialTermMonths) return { term: { value: input.initialTermMonths, unit: 'month' }, termFrom: 'initial_term' };
  return { term: null, termFrom: 'unknown' };
}

const monthsOf = (p: Period): number | null => (p.unit === 'month' ? p.value : p.unit === 'year' ? p.value * 12 : null);

/**
 * The draft successor a renewal creates on `today`: it starts the day after
 * the current term ends and runs for one renewal period (not the initial
 * term: the renewal replaces the next tacit renewal), or as long as the
 * initial term when the agreement does not renew by itself.
 */
export function proposeSuccessor(
  current: { title: string; lifecycle: LifecycleInput },
  today: string,
  overrides: { title?: string | undefined; startDate?: PartialDate | undefined } = {},
): SuccessorProposal {
  const end = computeLifecycle(current.lifecycle, today).currentTermEnd;
  const startDate = overrides.startDate ?? (end && end.length === 10 ? addDays(end, 1) : null);
  const { term, termFrom } = termOf(current.lifecycle);
  const exactStart = startDate !== null && startDate.length === 10;
  const endDate = term && exactStart ? lastDayOfPeriod(startDate, term) : null;
  return {
    title: overrides.title ?? successorTitle(current.title, startDate),
    startDate,
    endDate,
    initialTermMonths: term && !endDate ? monthsOf(term) : null,
    termKind: current.lifecycle.termKind,
    term,
    termFrom,
  };
}
