import { idParamSchema, pageSchema } from '@akkoord/shared/schemas/common';
import {
  listOutboxQuerySchema,
  outboxMessageSchema,
  outboxSummarySchema,
  previewRemindersQuerySchema,
  reminderStatusSchema,
  runRemindersBodySchema,
  runResultSchema,
} from '@akkoord/shared/schemas/reminders';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import '../reminder-rules/reminders.policy.ts';
import { cancelOutboxMessage, getOutboxMessage, getReminderStatus, listOutbox, resendOutboxMessage } from './outbox.service.ts';
import { previewReminders, runReminders } from './run-reminders.ts';

const tags = ['Reminders'];

/** A preview may style itself inline but load nothing and run nothing. */
const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";

export const outboxRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/outbox',
    summary: 'Outgoing e-mail ("Uitgaande e-mail"), newest first, optionally one status',
    description: 'Paginated like the register: `{items, nextCursor, total}`; pass `nextCursor` as `cursor` for the next page.',
    tags,
    access: { resource: 'outbox', action: 'read' },
    query: listOutboxQuerySchema,
    responses: { 200: { description: 'A page of messages', schema: pageSchema(outboxSummarySchema) } },
    handler: ({ deps, query }) => ({ body: listOutbox(deps, query) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/outbox/:id',
    summary: 'One outgoing e-mail as it arrives: subject, plain text, HTML, attempts and the reminders in it',
    tags,
    access: { resource: 'outbox', action: 'read' },
    params: idParamSchema,
    responses: { 200: { description: 'The message', schema: outboxMessageSchema } },
    handler: ({ deps, params }) => ({ body: getOutboxMessage(deps, params.id) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/outbox/:id/preview',
    summary: 'The HTML part of a message as a page (for an iframe preview; inline styles only, sandboxed)',
    tags,
    access: { resource: 'outbox', action: 'read' },
    params: idParamSchema,
    responses: { 200: { description: 'text/html', contentType: 'text/html' } },
    handler: ({ deps, params, res }) => {
      const m = getOutboxMessage(deps, params.id);
      res
        .status(200)
        .set({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PREVIEW_CSP, 'X-Frame-Options': 'SAMEORIGIN', 'Cache-Control': 'no-store' })
        .send(m.html);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/outbox/:id/resend',
    summary: 'Send a failed message again (same Message-ID, fresh attempts); answers the message after trying',
    tags,
    access: { resource: 'outbox', action: 'resend' },
    params: idParamSchema,
    responses: { 200: { description: 'The message after the attempt', schema: outboxMessageSchema } },
    handler: async ({ deps, ctx, params }) => ({ body: await resendOutboxMessage(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/outbox/:id/cancel',
    summary: 'Cancel a queued message before it is sent: it becomes `cancelled` (who and when kept, audited) and is never sent',
    description: 'A pending message (also one waiting for a retry) or a failed one can be cancelled; one being sent, sent or already cancelled answers 409.',
    tags,
    access: { resource: 'outbox', action: 'cancel' },
    params: idParamSchema,
    responses: { 200: { description: 'The message, cancelled', schema: outboxMessageSchema } },
    handler: ({ deps, ctx, params }) => ({ body: cancelOutboxMessage(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/reminders/status',
    summary: 'Reminder job: time zone, daily time, next run, last run, SMTP and outbox counts',
    tags,
    access: { resource: 'reminder_job', action: 'status' },
    responses: { 200: { description: 'Status', schema: reminderStatusSchema } },
    handler: ({ deps }) => ({ body: getReminderStatus(deps) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/reminders/run',
    summary: 'Run the reminder job now: plan, queue and deliver; answers what it queued and sent. As of another day (`on`) only a preview',
    description:
      'Running twice queues nothing new: every reminder has a unique key (agreement, deadline, offset, recipient). With `on` another day than today nothing is queued, sent or recorded: the answer is the preview of `GET /api/reminders/preview` (`dryRun: true`).',
    tags,
    access: { resource: 'reminder_job', action: 'run' },
    body: runRemindersBodySchema,
    responses: { 200: { description: 'What the run did (or, for another day, would do)', schema: runResultSchema } },
    handler: async ({ deps, ctx, body }) =>
      body.on && body.on !== deps.clock.today() ? { body: previewReminders(deps, { on: body.on }) } : { body: await runReminders(deps, { trigger: 'manual', ctx }) },
  }),
  defineRoute({
    method: 'get',
    path: '/api/reminders/preview',
    summary: 'What a reminder run as of `on` (default today) would send: recipients, subjects, agreements and dates; queues nothing',
    description:
      'The same planning as a run, as a dry run: no reminder, e-mail, setting or audit event is written and nothing is delivered (`dryRun: true`, `preview` lists the e-mails).',
    tags,
    access: { resource: 'reminder_job', action: 'preview' },
    query: previewRemindersQuerySchema,
    responses: { 200: { description: 'What a run would do', schema: runResultSchema } },
    handler: ({ deps, query }) => ({ body: previewReminders(deps, { ...(query.on ? { on: query.on } : {}) }) }),
  }),
];
