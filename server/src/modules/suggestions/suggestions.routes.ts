import { z } from 'zod';
import { agreementSchema } from '@akkoord/shared/schemas/agreement';
import { idParamSchema, problemSchema } from '@akkoord/shared/schemas/common';
import { acceptSuggestionSchema, suggestionListSchema, suggestionParamsSchema, suggestionSchema } from '@akkoord/shared/schemas/suggestion';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { etagOf } from '../agreements/agreements.presenter.ts';
import { versionFromIfMatch } from '../agreements/agreements.service.ts';
import './suggestions.policy.ts';
import { acceptSuggestion, listSuggestions, rejectSuggestion, reopenSuggestion } from './suggestions.service.ts';

const tags = ['Suggestions'];

/** Facts read from an agreement's documents, proposed for a person to accept or reject (issue 13, item 7; decision 048). */
export const suggestionRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/agreements/:id/suggestions',
    summary: "Facts read from the agreement's documents, each with its document, page and quote",
    description:
      'Extracted text (versions with text status `done`) that has not been read yet is read on this request. Open suggestions are listed only for fields the agreement does not know or where it says something else; accepted and rejected ones follow. Suggestions from an archived document are not listed.',
    tags,
    access: { resource: 'agreement_suggestion', action: 'read' },
    params: idParamSchema,
    responses: { 200: { description: 'The suggestions, open ones first', schema: suggestionListSchema } },
    handler: async ({ deps, ctx, params }) => ({ body: await listSuggestions(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/suggestions/:suggestionId/accept',
    summary: 'Accept a suggestion: its value goes into the agreement through the normal update',
    description:
      'Send the agreement `version` last read (or If-Match): a stale version answers 409 `stale_write` and nothing changes. The lifecycle is recomputed; the audit trail gets the update and an `accept` event naming the document, page and quote. A suggestion already decided answers 409 `conflict`. `signedDate` goes to every party of the agreement.',
    tags,
    access: { resource: 'agreement_suggestion', action: 'decide' },
    params: suggestionParamsSchema,
    body: acceptSuggestionSchema,
    headers: [{ name: 'If-Match', description: 'ETag of the agreement version the decision is based on' }],
    responses: {
      200: { description: 'The agreement as it is now, and the accepted suggestion', schema: z.object({ agreement: agreementSchema, suggestion: suggestionSchema }) },
      409: { description: 'Stale agreement version, or the suggestion was already decided', schema: problemSchema, contentType: 'application/problem+json' },
    },
    handler: ({ deps, ctx, params, body, req }) => {
      const result = acceptSuggestion(deps, ctx, { agreementId: params.id, suggestionId: params.suggestionId }, body, versionFromIfMatch(req.get('if-match'), params.id));
      return { body: result, headers: { ETag: etagOf(result.agreement) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/suggestions/:suggestionId/reject',
    summary: 'Reject a suggestion; the agreement is not changed and the value is not proposed again',
    tags,
    access: { resource: 'agreement_suggestion', action: 'decide' },
    params: suggestionParamsSchema,
    responses: {
      200: { description: 'The rejected suggestion', schema: suggestionSchema },
      409: { description: 'The suggestion was already decided', schema: problemSchema, contentType: 'application/problem+json' },
    },
    handler: ({ deps, ctx, params }) => ({ body: rejectSuggestion(deps, ctx, { agreementId: params.id, suggestionId: params.suggestionId }) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/suggestions/:suggestionId/reopen',
    summary: 'Put an accepted or rejected suggestion back to open (undo of a decision)',
    description: 'The agreement is not changed: to take back an accepted value, update the agreement. A suggestion that is open already answers 409 `conflict`.',
    tags,
    access: { resource: 'agreement_suggestion', action: 'decide' },
    params: suggestionParamsSchema,
    responses: {
      200: { description: 'The suggestion, open again', schema: suggestionSchema },
      409: { description: 'The suggestion is open already', schema: problemSchema, contentType: 'application/problem+json' },
    },
    handler: ({ deps, ctx, params }) => ({ body: reopenSuggestion(deps, ctx, { agreementId: params.id, suggestionId: params.suggestionId }) }),
  }),
];
