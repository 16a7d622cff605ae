import { z } from 'zod';
import { relationSchema } from '@akkoord/shared/schemas/agreement';
import {
  addRelationSchema,
  chainSchema,
  collaborationHierarchySchema,
  impactQuerySchema,
  impactSchema,
  relationCycleProblemSchema,
  relationParamsSchema,
  setCollaborationParentSchema,
} from '@akkoord/shared/schemas/chain';
import { idParamSchema, problemSchema } from '@akkoord/shared/schemas/common';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './chains.policy.ts';
import { getImpact } from './analyse-impact.ts';
import { addRelation, listRelations, removeRelation } from './chains.service.ts';
import { setCollaborationParent } from './collaboration-hierarchy.ts';
import { getChain } from './get-chain.ts';

const tags = ['Chains'];
const problem = (description: string, schema: z.ZodType = problemSchema) => ({ description, schema, contentType: 'application/problem+json' });

export const chainRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/agreements/:id/relations',
    summary: 'Relations of an agreement, each seen from it',
    tags,
    access: { resource: 'chain', action: 'read' },
    params: idParamSchema,
    responses: { 200: { description: 'Relations', schema: z.array(relationSchema) } },
    handler: ({ deps, ctx, params }) => ({ body: listRelations(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/relations',
    summary: 'Relate this agreement to another (covers, based_on, amends, renews, supersedes)',
    description:
      'Refuses a self-relation, a relation to an unknown agreement and (without `allowArchived`) to an archived one with 422 `validation_failed`, a duplicate with 409 `conflict`, and a cycle with 422 `relation_cycle` naming it.',
    tags,
    access: { resource: 'chain', action: 'relate' },
    params: idParamSchema,
    body: addRelationSchema,
    responses: {
      201: { description: 'The new relation, seen from this agreement', schema: relationSchema },
      409: problem('Relation exists'),
      422: problem('Invalid relation or cycle (`relation_cycle` has `cycle`)', relationCycleProblemSchema),
    },
    handler: ({ deps, ctx, params, body }) => {
      const relation = addRelation(deps, ctx, params.id, body);
      return { status: 201, body: relation, headers: { Location: `/api/agreements/${params.id}/relations/${relation.id}` } };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/agreements/:id/relations/:relationId',
    summary: 'Remove a relation of this agreement',
    description:
      'For an account limited to some collaborations, removing a relation whose other agreement lies outside them answers 422 `validation_failed` (as creating one does), and nothing is written.',
    tags,
    access: { resource: 'chain', action: 'unrelate' },
    params: relationParamsSchema,
    responses: { 204: { description: 'Removed' }, 404: problem('No such relation of this agreement') },
    handler: ({ deps, ctx, params }) => {
      removeRelation(deps, ctx, params.id, params.relationId);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/agreements/:id/chain',
    summary: 'The chain around an agreement: agreements and organisations, relation and party edges, status and rule violations',
    tags,
    access: { resource: 'chain', action: 'read' },
    params: idParamSchema,
    responses: { 200: { description: 'Graph of the chain', schema: chainSchema } },
    handler: ({ deps, ctx, params }) => ({ body: getChain(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/agreements/:id/impact',
    summary: 'Everything that would lose its basis if this agreement ended on a day, transitively, with paths',
    tags,
    access: { resource: 'chain', action: 'read' },
    params: idParamSchema,
    query: impactQuerySchema,
    responses: { 200: { description: 'Impact list', schema: impactSchema } },
    handler: ({ deps, ctx, params, query }) => ({ body: getImpact(deps, ctx, params.id, query.on) }),
  }),
  defineRoute({
    method: 'put',
    path: '/api/collaborations/:code/parent',
    summary: 'House a collaboration within another (its agreements then cover this one), or in none',
    description:
      'The hierarchy decides what follows, team addresses and feeds reach. An account limited to some collaborations may only move one of them, from and to collaborations of them: a new parent outside its scope answers 422 `validation_failed` on `body.parentCode`, a current parent outside it 403 `forbidden`.',
    tags,
    access: { resource: 'chain', action: 'setParent' },
    params: z.object({ code: z.string().trim().toUpperCase().min(1).max(20) }),
    body: setCollaborationParentSchema,
    responses: { 200: { description: 'The new hierarchy of this collaboration', schema: collaborationHierarchySchema }, 422: problem('Unknown parent or cycle') },
    handler: ({ deps, ctx, params, body }) => ({ body: setCollaborationParent(deps, ctx, params.code, body) }),
  }),
];
