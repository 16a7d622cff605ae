import { addMonths, addPeriod, fromEpochDay, toEpochDay } from '@akkoord/shared/dates/calendar-day';
import { earliestDay, latestDay, precisionOf, type PartialDate } from '@akkoord/shared/dates/partial-date';
import type { TimelineAgreement } from './timeline-agreement.ts';

/**
 * Geometry of one agreement on the timeline, in epoch days (days since
 * 1970-01-01). Every range is half-open: [from, to) where `to` is the day
 * after the last day, so a one-day range is one day wide.
 */

/** How long an unknown end (or an unplaceable next period) fades out, in days. */
export const UNKNOWN_FADE_DAYS = 365;

export type SegmentKind =
  /** The start is only known to the year or month: the bar fades in over that period. */
  | 'fade-in'
  /** The initial term, as far as it is known. */
  | 'term'
  /** Terms after a tacit renewal, up to the current term's end. */
  | 'renewal'
  /** The end is only known to the year or month, or not at all: the bar fades out. */
  | 'fade-out'
  /** Indefinite term (onbepaalde tijd): runs on without an end. */
  | 'open'
  /** The period a tacit renewal would add when nobody gives notice in time. */
  | 'next';

export interface BarSegment {
  kind: SegmentKind;
  from: number;
  to: number;
}

export interface BarMarker {
  kind: 'notice' | 'review';
  from: number;
  to: number;
  /** Known to the day; otherwise the marker spans the month or year it may fall in. */
  exact: boolean;
  value: PartialDate;
}

export type EndKind = 'known' | 'partial' | 'unknown' | 'indefinite';

export interface TimelineBar {
  agreement: TimelineAgreement;
  /** Visual extent of everything drawn for this agreement (segments and markers). */
  from: number;
  to: number;
  segments: BarSegment[];
  markers: BarMarker[];
  /** Days where one term ends and the next begins (tacit renewals). */
  boundaries: number[];
  startKnown: 'exact' | 'partial' | 'unknown';
  endKind: EndKind;
  /** Whether the `next` segment's length is known (the current term is itself a renewal). */
  nextKnown: boolean | null;
}

interface DayRange {
  from: number;
  to: number;
  exact: boolean;
}

/** The days a partial date may stand for, as a half-open epoch-day range. */
export function rangeOf(value: PartialDate): DayRange {
  return { from: toEpochDay(earliestDay(value)), to: toEpochDay(latestDay(value)) + 1, exact: precisionOf(value) === 'day' };
}

/**
 * End (exclusive) of a term as long as [from, to): whole months stay whole
 * months (a renewal of one year from 2024-01-01 ends 2025-01-01 despite the
 * leap day), anything else keeps its length in days.
 */
export function nextTermEnd(from: number, to: number): number {
  const [a, b] = [fromEpochDay(from), fromEpochDay(to)];
  if (a.slice(8) !== b.slice(8)) return to + (to - from);
  const months = (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
  return toEpochDay(addMonths(b, months));
}

const FINISHED = new Set(['terminated', 'expired', 'renewed']);

function startOf(a: TimelineAgreement, end: DayRange | null): { range: DayRange; known: TimelineBar['startKnown'] } | null {
  const value = a.startDate ?? a.currentTermStart;
  if (value) {
    const range = rangeOf(value);
    return { range, known: range.exact ? 'exact' : 'partial' };
  }
  if (!end) return null;
  // Only an end is known: fade in over the year before it, so nothing claims a start.
  return { range: { from: end.from - UNKNOWN_FADE_DAYS, to: end.from, exact: false }, known: 'unknown' };
}

/** Where the known part of a term ends: a partial end fades out over the period it may fall in. */
function pushEnd(segments: BarSegment[], kind: 'term' | 'renewal', from: number, end: DayRange): void {
  const solidTo = end.exact ? end.to : end.from;
  if (solidTo > from) segments.push({ kind, from, to: solidTo });
  const fadeFrom = Math.max(from, end.from);
  if (!end.exact && end.to > fadeFrom) segments.push({ kind: 'fade-out', from: fadeFrom, to: end.to });
}

/**
 * Turns an agreement's (partial) dates into bar segments and markers:
 * partial starts fade in, partial or unknown ends fade out, tacit renewals
 * show as renewal terms with a boundary, the next tacit period is drawn
 * after the current term when a notice deadline still lies ahead of it.
 * Returns null when nothing about the agreement's term can be placed.
 */
export function computeBar(a: TimelineAgreement): TimelineBar | null {
  const currentEnd = a.currentTermEnd ?? a.endDate;
  const end = currentEnd ? rangeOf(currentEnd) : null;
  const start = startOf(a, end);
  if (!start) return null;

  const segments: BarSegment[] = [];
  const boundaries: number[] = [];
  const knownFrom = start.range.exact ? start.range.from : start.range.to;
  if (!start.range.exact) segments.push({ kind: 'fade-in', from: start.range.from, to: start.range.to });

  let endKind: EndKind;
  let nextKnown: boolean | null = null;
  if (end) {
    endKind = end.exact ? 'known' : 'partial';
    const initialEnd = a.endDate ? rangeOf(a.endDate) : null;
    const termStart = a.currentTermStart ? rangeOf(a.currentTermStart) : null;
    const renewed = initialEnd !== null && termStart !== null && a.currentTermEnd !== null && termStart.from >= initialEnd.to;
    if (renewed) {
      pushEnd(segments, 'term', knownFrom, initialEnd);
      boundaries.push(initialEnd.to);
      if (termStart.from > initialEnd.to) boundaries.push(termStart.from);
      pushEnd(segments, 'renewal', initialEnd.to, end);
    } else {
      pushEnd(segments, 'term', knownFrom, end);
    }
    // No next period when the agreement is known not to renew tacitly.
    if (a.noticeDeadline && a.termKind !== 'indefinite' && a.tacitRenewal !== false && !FINISHED.has(a.status)) {
      // Without notice the term rolls over by the renewal period; without one, by the length of the
      // last renewal when there was one; otherwise its length is unknown and it fades out.
      const period = a.renewalPeriod ?? null;
      const byRenewal = renewed && termStart !== null && termStart.exact && end.exact;
      nextKnown = (period !== null && end.exact) || byRenewal;
      const nextTo =
        period !== null && end.exact
          ? toEpochDay(addPeriod(fromEpochDay(end.to), period))
          : byRenewal && termStart
            ? nextTermEnd(termStart.from, end.to)
            : end.to + UNKNOWN_FADE_DAYS;
      segments.push({ kind: 'next', from: end.to, to: nextTo });
    }
  } else if (a.termKind === 'indefinite') {
    endKind = 'indefinite';
    segments.push({ kind: 'open', from: knownFrom, to: Number.POSITIVE_INFINITY });
  } else {
    endKind = 'unknown';
    segments.push({ kind: 'fade-out', from: knownFrom, to: knownFrom + UNKNOWN_FADE_DAYS });
  }

  const markers: BarMarker[] = [];
  if (a.noticeDeadline) markers.push({ kind: 'notice', ...rangeOf(a.noticeDeadline), value: a.noticeDeadline });
  if (a.nextReviewDate) markers.push({ kind: 'review', ...rangeOf(a.nextReviewDate), value: a.nextReviewDate });

  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const s of [...segments, ...markers]) {
    from = Math.min(from, s.from);
    to = Math.max(to, s.to);
  }
  return { agreement: a, from, to, segments, markers, boundaries, startKnown: start.known, endKind, nextKnown };
}
