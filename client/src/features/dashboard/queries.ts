import { addMonths } from '@akkoord/shared/dates/calendar-day';
import type { Query } from '../../lib/api-url.ts';

// The dashboard's queries, zod-free: the route and the first-load preloads (client/src/first-load/) build the same URLs.

/** The dashboard shows the most urgent few and says how many there are in all; /alerts has every one. */
export const ALERTS_QUERY = { limit: 10 } satisfies Query;
export const DEADLINE_WINDOW_MONTHS = 12;

/** The deadlines of the coming year, by notice deadline and by end date. */
export function deadlineQueries(today: string): Query[] {
  const window = { from: today, to: addMonths(today, DEADLINE_WINDOW_MONTHS), limit: 100 };
  return [
    { ...window, sort: 'noticeDeadline' },
    { ...window, sort: 'endDate' },
  ];
}

/** The Twente register: the real records, not synthetic ones (id order is the cheap one; the list sorts itself). */
export const REGISTER_QUERY = { synthetic: 'exclude', limit: 500, sort: 'id' } satisfies Query;
