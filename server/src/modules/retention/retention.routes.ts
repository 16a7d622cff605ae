import { z } from 'zod';
import { idParamSchema, problemSchema } from '@akkoord/shared/schemas/common';
import {
  createRetentionRuleSchema,
  destructionListSchema,
  dueAgreementSchema,
  proposeDestructionListSchema,
  rejectDestructionListSchema,
  retentionRuleSchema,
  updateRetentionRuleSchema,
} from '@akkoord/shared/schemas/retention';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './retention.policy.ts';
import { approveDestructionList, cancelDestructionList, getDestructionList, listDestructionLists, proposeDestructionList, rejectDestructionList } from './destruction.service.ts';
import { listDueAgreements } from './due-agreements.ts';
import { createRule, deleteRule, listRules, updateRule } from './retention-rules.service.ts';

const tags = ['Retention (Archiefwet)'];
const rule = { description: 'The rule', schema: retentionRuleSchema };
const list = { description: 'The destruction list', schema: destructionListSchema };
const problem = (description: string) => ({ description, schema: problemSchema, contentType: 'application/problem+json' });

/** The selection list, the agreements past retention and destruction lists (decisions 062, 063); the legal hold is an agreement route. */
export const retentionRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/retention-rules',
    summary: 'The selection list: retention rules by category code, with the types they are the default of',
    tags,
    access: { resource: 'retention_rule', action: 'read' },
    responses: { 200: { description: 'Every rule', schema: z.array(retentionRuleSchema) } },
    handler: ({ deps }) => ({ body: listRules(deps) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/retention-rules',
    summary: 'Add a retention rule (admins)',
    description:
      '`destroy` needs `years` (after the agreement ended), `keep` has none (422 on `body.years`). A code in use answers 409. `defaultForTypes` makes it the default of those types for new agreements.',
    tags,
    access: { resource: 'retention_rule', action: 'create' },
    body: createRetentionRuleSchema,
    responses: { 201: rule, 409: problem('The code is taken') },
    handler: ({ deps, ctx, body }) => ({ status: 201, body: createRule(deps, ctx, body) }),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/retention-rules/:id',
    summary: 'Change a retention rule (admins); agreements with it follow',
    tags,
    access: { resource: 'retention_rule', action: 'update' },
    params: idParamSchema,
    body: updateRetentionRuleSchema,
    responses: { 200: rule, 409: problem('The code is taken') },
    handler: ({ deps, ctx, params, body }) => ({ body: updateRule(deps, ctx, params.id, body) }),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/retention-rules/:id',
    summary: 'Remove a retention rule no agreement has (admins)',
    tags,
    access: { resource: 'retention_rule', action: 'delete' },
    params: idParamSchema,
    responses: { 204: { description: 'Removed' }, 409: problem('Agreements have this rule') },
    handler: ({ deps, ctx, params }) => {
      deleteRule(deps, ctx, params.id);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/retention/due',
    summary: 'Agreements whose retention has passed (admins): destroy rule, known end, destruction date today or earlier',
    description: 'Oldest destruction date first; those on legal hold or already on a proposed list are marked. Archived agreements are included; destroyed ones are not.',
    tags,
    access: { resource: 'destruction', action: 'read' },
    responses: { 200: { description: 'Agreements past retention', schema: z.array(dueAgreementSchema) } },
    handler: ({ deps, ctx }) => ({ body: listDueAgreements(deps.db, ctx, deps.clock.today()) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/destruction-lists',
    summary: 'Destruction lists, newest first (admins)',
    tags,
    access: { resource: 'destruction', action: 'read' },
    responses: { 200: { description: 'Every list', schema: z.array(destructionListSchema) } },
    handler: ({ deps, ctx }) => ({ body: listDestructionLists(deps, ctx) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/destruction-lists/:id',
    summary: 'One destruction list (admins)',
    tags,
    access: { resource: 'destruction', action: 'read' },
    params: idParamSchema,
    responses: { 200: list },
    handler: ({ deps, ctx, params }) => ({ body: getDestructionList(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/destruction-lists',
    summary: 'Propose a destruction list (admins)',
    description:
      'Only agreements whose retention has passed, not on legal hold, not destroyed and not on another proposed list; anything else answers 422 naming `body.agreementIds.<n>`. Nothing is destroyed until a second admin approves.',
    tags,
    access: { resource: 'destruction', action: 'propose' },
    body: proposeDestructionListSchema,
    responses: { 201: list },
    handler: ({ deps, ctx, body }) => ({ status: 201, body: proposeDestructionList(deps, ctx, body) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/destruction-lists/:id/approve',
    summary: 'Approve a destruction list and destroy it (a second admin)',
    description:
      'Its proposer cannot approve it (403 `forbidden`). Every agreement must still be past retention and not on legal hold (409 `conflict` naming `items.<n>.agreementId`). On approval the documents’ files and the personal data are removed and a minimal record stays (decision 063); this cannot be undone.',
    tags,
    access: { resource: 'destruction', action: 'approve' },
    params: idParamSchema,
    responses: { 200: list, 403: problem('The proposer cannot approve their own list'), 409: problem('Not proposed any more, or an agreement may not be destroyed (now)') },
    handler: async ({ deps, ctx, params }) => ({ body: await approveDestructionList(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/destruction-lists/:id/reject',
    summary: 'Reject a proposed destruction list with a reason (a second admin)',
    tags,
    access: { resource: 'destruction', action: 'reject' },
    params: idParamSchema,
    body: rejectDestructionListSchema,
    responses: { 200: list, 403: problem('The proposer cannot reject their own list (they cancel it)'), 409: problem('Not proposed any more') },
    handler: ({ deps, ctx, params, body }) => ({ body: rejectDestructionList(deps, ctx, params.id, body.reason) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/destruction-lists/:id/cancel',
    summary: 'Withdraw your own proposed destruction list',
    tags,
    access: { resource: 'destruction', action: 'cancel' },
    params: idParamSchema,
    responses: { 200: list, 403: problem('Only the proposer withdraws a list'), 409: problem('Not proposed any more') },
    handler: ({ deps, ctx, params }) => ({ body: cancelDestructionList(deps, ctx, params.id) }),
  }),
];
