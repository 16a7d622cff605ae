import { addMonths } from '@akkoord/shared/dates/calendar-day';
import { earliestDay, latestDay, type PartialDate } from '@akkoord/shared/dates/partial-date';
import type { AgreementSummary } from '@akkoord/shared/schemas/agreement';

let collator: Intl.Collator | undefined;
const titleCollator = () => (collator ??= new Intl.Collator('nl'));

export type DeadlineKind = 'notice' | 'end' | 'review';

export interface Deadline {
  kind: DeadlineKind;
  date: PartialDate;
  agreementId: number;
  title: string;
}

/**
 * The deadlines of the agreements that fall in [today, today + months]:
 * notice deadlines, ends of the current term and review moments. A partial
 * date counts from its earliest possible day, so nothing is missed.
 */
export function deadlinesWithin(agreements: AgreementSummary[], today: string, months = 12): Deadline[] {
  const until = addMonths(today, months);
  const seen = new Set<string>();
  const out: Deadline[] = [];
  const add = (a: AgreementSummary, kind: DeadlineKind, date: PartialDate | null) => {
    if (!date) return;
    // A partial date is in the window when any day it may stand for is.
    if (latestDay(date) < today || earliestDay(date) > until) return;
    const key = `${a.id}:${kind}:${date}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, date, agreementId: a.id, title: a.title });
  };
  for (const a of agreements) {
    if (a.archived) continue;
    add(a, 'notice', a.noticeDeadline);
    add(a, 'end', a.currentTermEnd);
    add(a, 'review', a.nextReviewDate);
  }
  const order: Record<DeadlineKind, number> = { notice: 0, end: 1, review: 2 };
  // ISO days compare as plain strings; localeCompare would collate them (the page's first collator loads the
  // browser's collation data on the dashboard's first load). Titles on the same day and kind do need collation.
  const keyed = out.map((d) => ({ d, day: earliestDay(d.date) }));
  keyed.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0) || order[x.d.kind] - order[y.d.kind] || titleCollator().compare(x.d.title, y.d.title));
  return keyed.map((k) => k.d);
}
