import { queryOptions, useQuery } from '@tanstack/react-query';
import { calendarFeedSchema, type CalendarFeed } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { calendarKeys } from './keys.ts';

/** GET /api/me/calendar: your secret iCalendar URL (made on first use). */
export function getMyCalendar(signal?: AbortSignal): Promise<CalendarFeed> {
  return apiRequest('/me/calendar', { signal, schema: calendarFeedSchema });
}

export const myCalendarQueryOptions = () => queryOptions({ queryKey: calendarKeys.mine, queryFn: ({ signal }) => getMyCalendar(signal), staleTime: Infinity });

/** `enabled: false` while the server would refuse (a temporary password still to be changed). */
export function useMyCalendar({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...myCalendarQueryOptions(), enabled });
}
