import { z } from 'zod';
import { calendarFeedSchema } from '@akkoord/shared/schemas/reminders';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import '../reminder-rules/reminders.policy.ts';
import { getFeedBySecret, getMyCalendar, regenerateMyCalendar } from './calendar.service.ts';

const tags = ['Calendar'];
const feed = { description: 'Your secret calendar URL', schema: calendarFeedSchema };

export const calendarRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/cal/:secret.ics',
    summary: 'iCalendar feed (secret URL; subscribe from Outlook, Google or Apple Calendar)',
    description:
      'All-day events with a display alarm for every upcoming notice deadline, term end and review date of the agreements the owner of the secret follows, owns, or serves as team address. Unknown or regenerated secrets answer 404, and so does the feed of a deactivated account (deactivation also ends its secret).',
    tags,
    access: { public: true },
    params: z.object({ secret: z.string().min(1).max(200) }),
    responses: { 200: { description: 'iCalendar (RFC 5545)', contentType: 'text/calendar' }, 404: { description: 'Unknown or regenerated secret, or a deactivated account' } },
    handler: ({ deps, params, res }) => {
      const body = getFeedBySecret(deps, params.secret);
      res
        .status(200)
        .set({
          'Content-Type': 'text/calendar; charset=utf-8',
          'Content-Disposition': 'inline; filename="akkoord.ics"',
          'Cache-Control': 'private, max-age=300',
          'X-Robots-Tag': 'noindex',
        })
        .send(body);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/me/calendar',
    summary: 'Your calendar feed URL (created on first use, and anew after your account was deactivated and reactivated)',
    tags,
    access: { resource: 'calendar', action: 'own' },
    responses: { 200: feed },
    handler: ({ deps, ctx }) => ({ body: getMyCalendar(deps, ctx) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/me/calendar/regenerate',
    summary: 'Replace your calendar feed URL; the old one answers 404 from now on',
    tags,
    access: { resource: 'calendar', action: 'own' },
    responses: { 200: feed },
    handler: ({ deps, ctx }) => ({ body: regenerateMyCalendar(deps, ctx) }),
  }),
];
