import { z } from 'zod';
import {
  agreementCountsSchema,
  agreementSchema,
  archiveAgreementSchema,
  countAgreementsQuerySchema,
  createAgreementSchema,
  listAgreementsQuerySchema,
  updateAgreementSchema,
  agreementSummarySchema,
} from '@akkoord/shared/schemas/agreement';
import { auditEventSchema, historyQuerySchema } from '@akkoord/shared/schemas/audit';
import { legalHoldInputSchema } from '@akkoord/shared/schemas/retention';
import { idParamSchema, pageSchema, problemSchema } from '@akkoord/shared/schemas/common';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './agreements.policy.ts';
import { countAgreements, createAgreement, getAgreement, listAgreementsJson, updateAgreement, versionFromIfMatch } from './agreements.service.ts';
import { getAgreementHistory } from './agreement-history.ts';
import { archiveAgreement, restoreAgreement, type DependentsFinder } from './archive-agreement.ts';
import { etagOf } from './agreements.presenter.ts';
import { withAgreementPermissions } from './agreement-permissions.ts';
import { clearLegalHold, setLegalHold } from './legal-hold.ts';

const tags = ['Agreements'];
const one = { description: 'The agreement', schema: agreementSchema };
const withEtag = (a: { id: number; version: number }) => ({ ETag: etagOf(a) });

/**
 * The register's routes. `findDependents` is the archive guard: the chains module's
 * impact analysis, handed in by routes.ts so that agreements does not import chains
 * (chains builds on agreements; decision 039).
 */
export const agreementRoutes = ({ findDependents }: { findDependents: DependentsFinder }): RouteDef[] => [
  defineRoute({
    method: 'get',
    path: '/api/agreements',
    summary: 'List agreements (register) with filters and keyset pagination',
    tags,
    access: { resource: 'agreement', action: 'read' },
    query: listAgreementsQuerySchema,
    responses: { 200: { description: 'A page of agreements', schema: pageSchema(agreementSummarySchema) } },
    handler: async ({ deps, ctx, query }) => ({ body: await listAgreementsJson(deps, ctx, query) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/agreements/counts',
    summary: 'Totals of the agreements matching the register filters, by status',
    tags,
    access: { resource: 'agreement', action: 'read' },
    query: countAgreementsQuerySchema,
    responses: { 200: { description: 'Totals by status', schema: agreementCountsSchema } },
    handler: ({ deps, ctx, query }) => ({ body: countAgreements(deps, ctx, query) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements',
    summary: 'Create an agreement',
    description:
      'For an account limited to some collaborations, `collaborationCode` must name one of them: null (no collaboration) or, on create, leaving it out is outside every scope and answers 422 `validation_failed` on `body.collaborationCode` before anything is written.',
    tags,
    access: { resource: 'agreement', action: 'create' },
    body: createAgreementSchema,
    responses: { 201: one },
    handler: ({ deps, ctx, body }) => {
      const a = createAgreement(deps, ctx, body);
      return { status: 201, body: withAgreementPermissions(a, ctx.user), headers: { ...withEtag(a), Location: `/api/agreements/${a.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/agreements/:id',
    summary: 'One agreement with parties and relations',
    tags,
    access: { resource: 'agreement', action: 'read' },
    params: idParamSchema,
    responses: { 200: one },
    handler: ({ deps, ctx, params }) => {
      const a = getAgreement(deps, ctx, params.id);
      return { body: withAgreementPermissions(a, ctx.user), headers: withEtag(a) };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/api/agreements/:id',
    summary: 'Update an agreement (optimistic concurrency: send `version` or If-Match)',
    description:
      'A stale version answers 409 `stale_write` with the current record in `current`; nothing is lost. For an account limited to some collaborations, `collaborationCode` must name one of them: null (no collaboration) or, on create, leaving it out is outside every scope and answers 422 `validation_failed` on `body.collaborationCode` before anything is written.',
    tags,
    access: { resource: 'agreement', action: 'update' },
    params: idParamSchema,
    body: updateAgreementSchema,
    headers: [{ name: 'If-Match', description: 'ETag of the version the change is based on' }],
    responses: { 200: one, 409: { description: 'Stale write', schema: problemSchema.extend({ current: agreementSchema }), contentType: 'application/problem+json' } },
    handler: ({ deps, ctx, params, body, req }) => {
      const a = updateAgreement(deps, ctx, params.id, body, versionFromIfMatch(req.get('if-match'), params.id));
      return { body: withAgreementPermissions(a, ctx.user), headers: withEtag(a) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/archive',
    summary: 'Archive an agreement (records are archived, never deleted)',
    description: 'When other agreements depend on it, answers 409 `dependents_exist` with `impact` unless `confirm` is true.',
    tags,
    access: { resource: 'agreement', action: 'archive' },
    params: idParamSchema,
    body: archiveAgreementSchema,
    responses: { 200: one, 409: { description: 'Dependents exist', schema: problemSchema.extend({ impact: z.array(z.unknown()) }), contentType: 'application/problem+json' } },
    handler: ({ deps, ctx, params, body }) => {
      const a = archiveAgreement(deps, ctx, params.id, body, findDependents);
      return { body: withAgreementPermissions(a, ctx.user), headers: withEtag(a) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/restore',
    summary: 'Restore an archived agreement',
    tags,
    access: { resource: 'agreement', action: 'restore' },
    params: idParamSchema,
    responses: { 200: one },
    handler: ({ deps, ctx, params }) => {
      const a = restoreAgreement(deps, ctx, params.id);
      return { body: withAgreementPermissions(a, ctx.user), headers: withEtag(a) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/agreements/:id/history',
    summary: "An agreement's history (Geschiedenis): changes to it and to its relations",
    tags: ['Agreements'],
    access: { resource: 'agreement', action: 'read' },
    params: idParamSchema,
    query: historyQuerySchema,
    responses: { 200: { description: 'A page of audit events, newest first', schema: pageSchema(auditEventSchema) } },
    handler: ({ deps, ctx, params, query }) => ({ body: getAgreementHistory(deps, ctx, params.id, query) }),
  }),
  defineRoute({
    method: 'put',
    path: '/api/agreements/:id/legal-hold',
    summary: 'Put an agreement on legal hold (or change the reason): it cannot be destroyed while it lasts',
    tags: ['Agreements', 'Retention (Archiefwet)'],
    access: { resource: 'agreement', action: 'legal_hold' },
    params: idParamSchema,
    body: legalHoldInputSchema,
    responses: {
      200: { description: 'The agreement', schema: agreementSchema },
      409: { description: 'Already destroyed', schema: problemSchema, contentType: 'application/problem+json' },
    },
    handler: ({ deps, ctx, params, body }) => {
      const a = setLegalHold(deps, ctx, params.id, body);
      return { body: withAgreementPermissions(a, ctx.user), headers: withEtag(a) };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/agreements/:id/legal-hold',
    summary: 'Lift a legal hold',
    tags: ['Agreements', 'Retention (Archiefwet)'],
    access: { resource: 'agreement', action: 'legal_hold' },
    params: idParamSchema,
    responses: {
      200: { description: 'The agreement', schema: agreementSchema },
      409: { description: 'No hold, or already destroyed', schema: problemSchema, contentType: 'application/problem+json' },
    },
    handler: ({ deps, ctx, params }) => {
      const a = clearLegalHold(deps, ctx, params.id);
      return { body: withAgreementPermissions(a, ctx.user), headers: withEtag(a) };
    },
  }),
];
