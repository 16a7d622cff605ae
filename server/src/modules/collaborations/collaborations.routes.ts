import { z } from 'zod';
import { collaborationDetailSchema, collaborationSummarySchema } from '@akkoord/shared/schemas/collaboration';
import { overviewSchema } from '@akkoord/shared/schemas/overview';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './collaborations.policy.ts';
import { getCollaboration, getOverview, listCollaborations } from './collaborations.service.ts';

const tags = ['Collaborations'];
const access = { resource: 'collaboration', action: 'read' };

export const collaborationRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/collaborations',
    summary: 'The collaborations hosted by VRT',
    tags,
    access,
    responses: { 200: { description: 'Collaborations', schema: z.array(collaborationSummarySchema) } },
    handler: ({ deps, ctx }) => ({ body: listCollaborations(deps, ctx) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/collaborations/:code',
    summary: 'One collaboration with members, funding and agreements',
    tags,
    access,
    params: z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/, { message: 'Ongeldige code' }) }),
    responses: { 200: { description: 'The collaboration', schema: collaborationDetailSchema } },
    handler: ({ deps, ctx, params }) => ({ body: getCollaboration(deps, ctx, params.code) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/overview',
    summary: "The source document's comparison table, regenerated from the database",
    tags,
    access,
    responses: { 200: { description: 'One column per collaboration, one row per topic', schema: overviewSchema } },
    handler: ({ deps, ctx }) => ({ body: getOverview(deps, ctx) }),
  }),
];
