import { z } from 'zod';
import { idParamSchema, problemSchema } from '@akkoord/shared/schemas/common';
import { createOrganisationSchema, organisationDetailSchema, organisationSchema, updateOrganisationSchema } from '@akkoord/shared/schemas/organisation';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './organisations.policy.ts';
import { getOrganisation, listOrganisations } from './organisations.service.ts';
import { createOrganisation, updateOrganisation } from './save-organisation.ts';

const tags = ['Organisations'];
const access = { resource: 'organisation', action: 'read' };
const problem = 'application/problem+json';
const duplicate = {
  description:
    'Duplicate: an organisation with the same normalised name (case, diacritics, spacing, punctuation and legal-form words ignored), KvK number or OIN exists; it is in `existing`',
  schema: problemSchema.extend({ existing: organisationSchema }),
  contentType: problem,
};

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
    method: 'post',
    path: '/api/organisations',
    summary: 'Add an organisation (a new counterparty)',
    description: 'A duplicate by normalised name, KvK number or OIN answers 409 `conflict` with the existing organisation in `existing`.',
    tags,
    access: { resource: 'organisation', action: 'create' },
    body: createOrganisationSchema,
    responses: { 201: { description: 'The new organisation', schema: organisationSchema }, 409: duplicate },
    handler: ({ deps, ctx, body }) => {
      const o = createOrganisation(deps, ctx, body);
      return { status: 201, body: o, headers: { Location: `/api/organisations/${o.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/organisations/:id',
    summary: 'One organisation with the agreements it is party to and the collaborations it takes part in',
    description:
      'For a caller limited to some collaborations: agreements outside them are left out, and collaborations outside them come as `{ role, restricted: true }` without code or name.',
    tags,
    access,
    params: idParamSchema,
    responses: { 200: { description: 'The organisation', schema: organisationDetailSchema } },
    handler: ({ deps, ctx, params }) => ({ body: getOrganisation(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/organisations/:id',
    summary: 'Correct an organisation (optimistic concurrency: send `version`)',
    description:
      'A stale version answers 409 `stale_write` with the current record in `current`; a duplicate 409 `conflict` with `existing`. A caller limited to some collaborations may change only an organisation that is party to or member of nothing outside them (403 otherwise).',
    tags,
    access: { resource: 'organisation', action: 'update' },
    params: idParamSchema,
    body: updateOrganisationSchema,
    responses: {
      200: { description: 'The organisation', schema: organisationSchema },
      409: {
        description: 'Stale write (`current`) or duplicate (`existing`)',
        schema: problemSchema.extend({ current: organisationSchema.optional(), existing: organisationSchema.optional() }),
        contentType: problem,
      },
    },
    handler: ({ deps, ctx, params, body }) => ({ body: updateOrganisation(deps, ctx, params.id, body) }),
  }),
];
