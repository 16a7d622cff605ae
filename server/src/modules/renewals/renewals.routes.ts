import { z } from 'zod';
import { agreementSchema } from '@akkoord/shared/schemas/agreement';
import { idParamSchema, problemSchema } from '@akkoord/shared/schemas/common';
import { recordDecisionSchema, renewalResultSchema, startRenewalSchema, terminateAgreementSchema } from '@akkoord/shared/schemas/renewal';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './renewals.policy.ts';
import { activateAgreement } from './activate-agreement.ts';
import { recordRenewalDecision } from './record-renewal-decision.ts';
import { startRenewal } from './start-renewal.ts';
import { terminateAgreement } from './terminate-agreement.ts';
import { cancelRenewal } from './cancel-renewal.ts';
import { withdrawNotice } from './withdraw-notice.ts';

const tags = ['Renewals'];
const refused = {
  description: 'invalid_transition: the step is not allowed in the current state (`refusal` says why)',
  schema: problemSchema.extend({ refusal: z.string(), action: z.string() }),
  contentType: 'application/problem+json',
};
const one = { description: 'The agreement after the step', schema: agreementSchema };

export const renewalRoutes: RouteDef[] = [
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/renewal',
    summary: 'Start a renewal: create a draft successor linked by `renews`; the agreement goes in renewal',
    tags,
    access: { resource: 'renewal', action: 'start' },
    params: idParamSchema,
    body: startRenewalSchema,
    responses: { 201: { description: 'Predecessor and draft successor', schema: renewalResultSchema }, 409: refused },
    handler: ({ deps, ctx, params, body }) => {
      const result = startRenewal(deps, ctx, params.id, body);
      return { status: 201, body: result, headers: { Location: `/api/agreements/${result.successor.id}` } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/renewal/decision',
    summary: 'Record the renewal decision (renew, renegotiate, terminate) with the day notice was given',
    description: '`terminate` ends the agreement with notice, as POST /api/agreements/:id/terminate does.',
    tags,
    access: { resource: 'renewal', action: 'decide' },
    params: idParamSchema,
    body: recordDecisionSchema,
    responses: { 200: one, 409: refused },
    handler: ({ deps, ctx, params, body }) => ({ body: recordRenewalDecision(deps, ctx, params.id, body) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/activate',
    summary: 'Activate a draft; when it renews an agreement in renewal, that one becomes `renewed`',
    tags,
    access: { resource: 'renewal', action: 'activate' },
    params: idParamSchema,
    responses: {
      200: { description: 'The activated agreement and its predecessor', schema: z.object({ agreement: agreementSchema, predecessor: agreementSchema.nullable() }) },
      409: refused,
    },
    handler: ({ deps, ctx, params }) => ({ body: activateAgreement(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/terminate',
    summary: 'Give notice; the last day follows from the notice period unless given',
    description:
      'The agreement stays in force (status `active`, "opgezegd per …") until the last day, then its status is `terminated`. Notice given after the notice deadline ends the next term. Withdraw with POST /api/agreements/:id/notice/withdraw.',
    tags,
    access: { resource: 'renewal', action: 'terminate' },
    params: idParamSchema,
    body: terminateAgreementSchema,
    responses: { 200: one, 409: refused },
    handler: ({ deps, ctx, params, body }) => ({ body: terminateAgreement(deps, ctx, params.id, body) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/renewal/cancel',
    summary: 'Cancel a renewal: the agreement is active again as before, its draft successor archived and unlinked',
    tags,
    access: { resource: 'renewal', action: 'cancel' },
    params: idParamSchema,
    responses: { 200: one, 409: refused },
    handler: ({ deps, ctx, params }) => ({ body: cancelRenewal(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/notice/withdraw',
    summary: 'Withdraw recorded notice while the agreement still runs; it is active (or in renewal) again and its notice deadline warns again',
    tags,
    access: { resource: 'renewal', action: 'withdrawNotice' },
    params: idParamSchema,
    responses: { 200: one, 409: refused },
    handler: ({ deps, ctx, params }) => ({ body: withdrawNotice(deps, ctx, params.id) }),
  }),
];
