import { useMutation, useQueryClient } from '@tanstack/react-query';
import { calendarFeedSchema, type CalendarFeed } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { calendarKeys } from './keys.ts';

/** POST /api/me/calendar/regenerate: a new secret URL; the old one answers 404 from now on. */
export function regenerateMyCalendar(): Promise<CalendarFeed> {
  return apiRequest('/me/calendar/regenerate', { method: 'POST', schema: calendarFeedSchema });
}

export function useRegenerateMyCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateMyCalendar,
    onSuccess: (feed) => queryClient.setQueryData(calendarKeys.mine, feed),
  });
}
