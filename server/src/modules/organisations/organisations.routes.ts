import { z } from 'zod';
import { idParamSchema } from '@akkoord/shared/schemas/common';
import { organisationDetailSchema, organisationSchema } from '@akkoord/shared/schemas/organisation';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './organisations.policy.ts';
import { getOrganisation, listOrganisations } from './organisations.service.ts';

const tags = ['Organisations'];
const access = { resource: 'organisation', action: 'read' };

export const organisationRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/organisations',
    summary: 'Organisations (municipalities, VRT, police, partners, suppliers)',
    tags,
    access,
    query: z.strictObject({ synthetic: z.enum(['exclude', 'include']).default('exclude') }),
    responses: { 200: { description: 'Organisations', schema: z.array(organisationSchema) } },
    handler: ({ deps, query }) => ({ body: listOrganisations(deps, query.synthetic === 'include') }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/organisations/:id',
    summary: 'One organisation with the agreements it is party to and the collaborations it takes part in',
    description: 'For a caller limited to some collaborations: agreements outside them are left out, and collaborations outside them come as `{ role, restricted: true }` without code or name.',
    tags,
    access,
    params: idParamSchema,
    responses: { 200: { description: 'The organisation', schema: organisationDetailSchema } },
    handler: ({ deps, ctx, params }) => ({ body: getOrganisation(deps, ctx, params.id) }),
  }),
];
