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
import type { Response } from 'express';
import { defineRoute, type HandlerResult, type RouteDef } from '../../http/route.ts';
import './alerts.policy.ts';
import { changeAlertState, countAlerts, listAlerts } from './alerts.service.ts';

const tags = ['Alerts'];

/**
 * Answers with what `work` gives, unless the client goes away first: then the
 * signal aborts (a computed day stops between chunks or leaves the queue) and
 * nothing is sent.
 */
async function whileConnected(res: Response, work: (signal: AbortSignal) => Promise<unknown>): Promise<HandlerResult | undefined> {
  const gone = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) gone.abort(new Error('client closed the connection'));
  };
  if (res.destroyed)
    onClose(); // gone before the handler ran: 'close' was emitted already
  else res.on('close', onClose);
  try {
    return { body: await work(gone.signal) };
  } catch (err) {
    if (gone.signal.aborted && err === gone.signal.reason) return undefined;
    throw err;
  } finally {
    res.off('close', onClose);
  }
}

const changed = { 200: { description: 'How many alert states were written', schema: alertStateChangeSchema } };

export const alertRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/alerts',
    summary: 'What needs attention on a day, most urgent first (notice deadlines, term ends, reviews, expiry, data gaps, contradictions)',
    description:
      'For today (or the day of the last refresh) the alerts come from stored, indexed rows; any other `on` is computed for the whole register (about a second per 100,000 agreements, one such request at a time; for planning ahead). `state=open` hides what you acknowledged or snoozed.',
    tags,
    access: { resource: 'alert', action: 'read' },
    query: listAlertsQuerySchema,
    responses: { 200: { description: 'A page of alerts', schema: pageSchema(alertItemSchema) } },
    handler: ({ deps, ctx, query, res }) => whileConnected(res, (signal) => listAlerts(deps, ctx, query, { signal })),
  }),
  defineRoute({
    method: 'get',
    path: '/api/alerts/counts',
    summary: 'Number of alerts by kind and by severity (same filters as the list)',
    tags,
    access: { resource: 'alert', action: 'read' },
    query: alertCountsQuerySchema,
    responses: { 200: { description: 'Counts', schema: alertCountsSchema } },
    handler: ({ deps, ctx, query, res }) => whileConnected(res, (signal) => countAlerts(deps, ctx, query, { signal })),
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
