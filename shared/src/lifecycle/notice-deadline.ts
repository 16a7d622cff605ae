import type { CalendarDay } from '../dates/calendar-day.ts';
import { addDays, addPeriod } from '../dates/calendar-day.ts';
import type { DaySpan } from '../dates/date-span.ts';
import { mapSpan } from '../dates/date-span.ts';
import type { Period } from '../schemas/agreement.ts';

/**
 * Last day on which notice is still timely: the latest day D for which
 * D + notice period ≤ term end. End 31-12-2026 with 3 months gives
 * 30-09-2026 (30-09 + 3 months = 30-12 ≤ 31-12; 01-10 + 3 months = 01-01 is too late).
 * Month ends are handled exactly: end 30-06 with 3 months gives 31-03.
 */
export function computeNoticeDeadline(termEnd: CalendarDay, noticePeriod: Period): CalendarDay {
  // Subtracting clamps downwards, so the candidate is always timely; step forward while the next day still is.
  let deadline = addPeriod(termEnd, noticePeriod, -1);
  for (;;) {
    const next = addDays(deadline, 1);
    if (addPeriod(next, noticePeriod) > termEnd) return deadline;
    deadline = next;
  }
}

/** The notice deadline for a term end known as a span (monotone, so both ends map directly). */
export function computeNoticeDeadlineSpan(termEnd: DaySpan, noticePeriod: Period): DaySpan {
  return mapSpan(termEnd, (day) => computeNoticeDeadline(day, noticePeriod));
}

/** The day an agreement ends when notice is given on `noticeGiven` (the notice period runs from that day). */
export function computeEndAfterNotice(noticeGiven: CalendarDay, noticePeriod: Period): CalendarDay {
  return addPeriod(noticeGiven, noticePeriod);
}
