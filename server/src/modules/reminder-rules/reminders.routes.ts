import { z } from 'zod';
import { idParamSchema } from '@akkoord/shared/schemas/common';
import {
  acknowledgeBodySchema,
  acknowledgementSchema,
  agreementReminderRuleSchema,
  collaborationCodeParamSchema,
  createReminderAddressSchema,
  followBodySchema,
  followersSchema,
  reminderAddressSchema,
  reminderRulesSchema,
  teamAddressBodySchema,
  teamAddressSchema,
  unfollowCollaborationParamsSchema,
  unfollowParamsSchema,
  updateAgreementReminderRuleSchema,
  updateReminderAddressSchema,
  updateReminderRulesSchema,
} from '@akkoord/shared/schemas/reminders';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './reminders.policy.ts';
import { follow, listFollowers, unfollow } from '../reminder-addresses/follows.service.ts';
import { createAddress, getAddress, listAddresses, regenerateAddressSecret, removeAddress, updateAddress } from '../reminder-addresses/recipients.service.ts';
import {
  acknowledgeDeadline,
  getAgreementRule,
  getGlobalRules,
  getTeamAddress,
  listAcknowledgements,
  setCollaborationTeamAddress,
  updateAgreementRule,
  updateGlobalRules,
} from './rules.service.ts';

const tags = ['Reminders'];
const followers = { description: 'The followers after the change', schema: followersSchema };
const address = { description: 'The address', schema: reminderAddressSchema };

export const reminderRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/reminders/rules',
    summary: 'Global reminder rules: offsets (days before) per date kind and the escalation threshold',
    tags,
    access: { resource: 'reminder_rules', action: 'read' },
    responses: { 200: { description: 'Rules', schema: reminderRulesSchema } },
    handler: ({ deps }) => ({ body: getGlobalRules(deps) }),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/reminders/rules',
    summary: 'Change the global reminder rules',
    tags,
    access: { resource: 'reminder_rules', action: 'update' },
    body: updateReminderRulesSchema,
    responses: { 200: { description: 'Rules', schema: reminderRulesSchema } },
    handler: ({ deps, ctx, body }) => ({ body: updateGlobalRules(deps, ctx, body) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/agreements/:id/reminder-rule',
    summary: "An agreement's own reminder rule and the rules in effect for it",
    tags,
    access: { resource: 'reminder_rules', action: 'read' },
    params: idParamSchema,
    responses: { 200: { description: 'Rule', schema: agreementReminderRuleSchema } },
    handler: ({ deps, ctx, params }) => ({ body: getAgreementRule(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/agreements/:id/reminder-rule',
    summary: "Set an agreement's own offsets, escalation threshold or mute it (null falls back to the global rules)",
    tags,
    access: { resource: 'reminder_rules', action: 'updateAgreement' },
    params: idParamSchema,
    body: updateAgreementReminderRuleSchema,
    responses: { 200: { description: 'Rule', schema: agreementReminderRuleSchema } },
    handler: ({ deps, ctx, params, body }) => ({ body: updateAgreementRule(deps, ctx, params.id, body) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/agreements/:id/acknowledgements',
    summary: 'Deadlines of an agreement that someone acknowledged (no more reminders for them)',
    tags,
    access: { resource: 'reminder_rules', action: 'read' },
    params: idParamSchema,
    responses: { 200: { description: 'Acknowledgements', schema: z.array(acknowledgementSchema) } },
    handler: ({ deps, ctx, params }) => ({ body: listAcknowledgements(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/acknowledgements',
    summary: 'Acknowledge a deadline: reminders and escalation for it stop (idempotent)',
    tags,
    access: { resource: 'reminder_rules', action: 'acknowledge' },
    params: idParamSchema,
    body: acknowledgeBodySchema,
    responses: { 200: { description: 'Acknowledgements', schema: z.array(acknowledgementSchema) } },
    handler: ({ deps, ctx, params, body }) => ({ body: acknowledgeDeadline(deps, ctx, params.id, body.kind, body.deadlineDay) }),
  }),
  ...(['agreement', 'collaboration'] as const).flatMap((kind) => {
    const base = kind === 'agreement' ? '/api/agreements/:id/followers' : '/api/collaborations/:code/followers';
    const params = kind === 'agreement' ? idParamSchema : collaborationCodeParamSchema;
    const ref = (p: { id?: number; code?: string }) => (kind === 'agreement' ? { kind, id: p.id! } : { kind, code: p.code! });
    return [
      defineRoute({
        method: 'get',
        path: base,
        summary: `Who follows this ${kind} (users and plain addresses)`,
        tags,
        access: { resource: 'follow', action: 'read' },
        params,
        responses: { 200: { description: 'Followers', schema: followersSchema } },
        handler: ({ deps, ctx, params: p }) => ({ body: listFollowers(deps, ctx, ref(p as { id?: number; code?: string })) }),
      }),
      defineRoute({
        method: 'post',
        path: base,
        summary: `Follow this ${kind}: empty body = yourself; {"email"} = a plain address such as a team mailbox (admin, legal)`,
        description:
          "An `email` that is an account's address answers 422 on `body.email` (that user follows as themselves). For a caller limited to some collaborations, an address that already reaches beyond them, or a collaboration whose reach (the ones it sits in and houses) does, answers 403 `forbidden`, as changing such an address does.",
        tags,
        access: { resource: 'follow', action: 'self' },
        params,
        body: followBodySchema,
        responses: { 200: followers },
        handler: ({ deps, ctx, params: p, body }) => ({ body: follow(deps, ctx, ref(p as { id?: number; code?: string }), body) }),
      }),
      defineRoute({
        method: 'delete',
        path: `${base}/:recipientId`,
        summary: `Stop following this ${kind} (yourself; others: admin, legal)`,
        tags,
        access: { resource: 'follow', action: 'self' },
        params: kind === 'agreement' ? unfollowParamsSchema : unfollowCollaborationParamsSchema,
        responses: { 200: followers },
        handler: ({ deps, ctx, params: p }) => {
          const x = p as { id?: number; code?: string; recipientId: number };
          return { body: unfollow(deps, ctx, ref(x), x.recipientId) };
        },
      }),
    ];
  }),
  defineRoute({
    method: 'get',
    path: '/api/collaborations/:code/team-address',
    summary: "A collaboration's team address (escalations go there when an agreement has no deputy)",
    tags,
    access: { resource: 'reminder_address', action: 'read' },
    params: collaborationCodeParamSchema,
    responses: { 200: { description: 'Team address', schema: teamAddressSchema } },
    handler: ({ deps, ctx, params }) => ({ body: getTeamAddress(deps, ctx, params.code) }),
  }),
  defineRoute({
    method: 'put',
    path: '/api/collaborations/:code/team-address',
    summary: "Set (or with null remove) a collaboration's team address",
    description:
      "A plain address only: an account's address answers 422 on `body.email`. For a caller limited to some collaborations, an address that already reaches beyond them, or a collaboration whose reach does, answers 403 `forbidden`.",
    tags,
    access: { resource: 'reminder_address', action: 'manage' },
    params: collaborationCodeParamSchema,
    body: teamAddressBodySchema,
    responses: { 200: { description: 'Team address', schema: teamAddressSchema } },
    handler: ({ deps, ctx, params, body }) => ({ body: setCollaborationTeamAddress(deps, ctx, params.code, body.email) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/reminder-addresses',
    summary: 'The plain addresses reminders reach (team mailboxes), with what they follow, their team-address roles and their feed URL',
    description:
      "Users' own feeds are not listed (each user has theirs at /api/me/calendar), and an account's address cannot be added as a plain address (422 on `body.email`). For a caller limited to some collaborations, agreements and collaborations outside them come by id with `restricted: true`, and no feed URL is given at all (`calendarUrl: null`): a URL handed out lasts, while what the address follows can change.",
    tags,
    access: { resource: 'reminder_address', action: 'read' },
    responses: { 200: { description: 'Addresses', schema: z.array(reminderAddressSchema) } },
    handler: ({ deps, ctx }) => ({ body: listAddresses(deps, ctx) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/reminder-addresses',
    summary: "Add a plain address (a team mailbox; no account needed; not an account's address)",
    tags,
    access: { resource: 'reminder_address', action: 'manage' },
    body: createReminderAddressSchema,
    responses: { 201: address },
    handler: ({ deps, ctx, body }) => {
      const a = createAddress(deps, ctx, body);
      return { status: 201, body: a, headers: { Location: `/api/reminder-addresses/${a.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/reminder-addresses/:id',
    summary: "One plain address (a user's own recipient row answers 404)",
    tags,
    access: { resource: 'reminder_address', action: 'read' },
    params: idParamSchema,
    responses: { 200: address },
    handler: ({ deps, ctx, params }) => ({ body: getAddress(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/reminder-addresses/:id',
    summary: "Change an address's label or e-mail language",
    tags,
    access: { resource: 'reminder_address', action: 'manage' },
    params: idParamSchema,
    body: updateReminderAddressSchema,
    responses: { 200: address },
    handler: ({ deps, ctx, params, body }) => ({ body: updateAddress(deps, ctx, params.id, body) }),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/reminder-addresses/:id',
    summary: 'Remove a plain address: its follows end and its feed URL stops working',
    tags,
    access: { resource: 'reminder_address', action: 'manage' },
    params: idParamSchema,
    responses: { 204: { description: 'Removed' } },
    handler: ({ deps, ctx, params }) => {
      removeAddress(deps, ctx, params.id);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/reminder-addresses/:id/calendar/regenerate',
    summary: "Replace an address's calendar feed URL; the old one answers 404 from now on",
    tags,
    access: { resource: 'reminder_address', action: 'manage' },
    params: idParamSchema,
    responses: { 200: address },
    handler: ({ deps, ctx, params }) => ({ body: regenerateAddressSecret(deps, ctx, params.id) }),
  }),
];
