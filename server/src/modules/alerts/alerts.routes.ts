import {
  acknowledgeAlertsSchema,
  alertCountsQuerySchema,
  alertCountsSchema,
  alertItemSchema,
  alertStateChangeSchema,
  listAlertsQuerySchema,
  reopenAlertsSchema,
  snoozeAlertsSchema,
} from '@akkoord/shared/schemas/alert';
import { pageSchema } from '@akkoord/shared/schemas/common';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './alerts.policy.ts';
import { changeAlertState, countAlerts, listAlerts } from './alerts.service.ts';

const tags = ['Alerts'];
const changed = { 200: { description: 'How many alert states were written', schema: alertStateChangeSchema } };

export const alertRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/alerts',
    summary: 'What needs attention on a day, most urgent first (notice deadlines, term ends, reviews, expiry, data gaps, contradictions)',
    description:
      'For today (or the day of the last refresh) the alerts come from stored, indexed rows; any other `on` is computed for the whole register (slower, for planning ahead). `state=open` hides what you acknowledged or snoozed.',
    tags,
    access: { resource: 'alert', action: 'read' },
    query: listAlertsQuerySchema,
    responses: { 200: { description: 'A page of alerts', schema: pageSchema(alertItemSchema) } },
    handler: ({ deps, ctx, query }) => ({ body: listAlerts(deps, ctx, query) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/alerts/counts',
    summary: 'Number of alerts by kind and by severity (same filters as the list)',
    tags,
    access: { resource: 'alert', action: 'read' },
    query: alertCountsQuerySchema,
    responses: { 200: { description: 'Counts', schema: alertCountsSchema } },
    handler: ({ deps, ctx, query }) => ({ body: countAlerts(deps, ctx, query) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/alerts/acknowledge',
    summary: 'Acknowledge alerts (for you): they leave your open list',
    tags,
    access: { resource: 'alert', action: 'acknowledge' },
    body: acknowledgeAlertsSchema,
    responses: changed,
    handler: ({ deps, ctx, body }) => ({ body: changeAlertState(deps, ctx, body.keys, { action: 'acknowledge' }) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/alerts/snooze',
    summary: 'Snooze alerts (for you) until a day; they return on that day',
    tags,
    access: { resource: 'alert', action: 'acknowledge' },
    body: snoozeAlertsSchema,
    responses: changed,
    handler: ({ deps, ctx, body }) => ({ body: changeAlertState(deps, ctx, body.keys, { action: 'snooze', until: body.until }) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/alerts/reopen',
    summary: 'Undo an acknowledgement or snooze',
    tags,
    access: { resource: 'alert', action: 'acknowledge' },
    body: reopenAlertsSchema,
    responses: changed,
    handler: ({ deps, ctx, body }) => ({ body: changeAlertState(deps, ctx, body.keys, { action: 'reopen' }) }),
  }),
];
