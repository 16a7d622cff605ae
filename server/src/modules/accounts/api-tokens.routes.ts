import { idParamSchema } from '@akkoord/shared/schemas/common';
import { apiTokenListSchema, createApiTokenSchema, createdApiTokenSchema } from '@akkoord/shared/schemas/api-token';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './accounts.policy.ts';
import './api-tokens.policy.ts';
import { createApiToken, listAllApiTokens, listOwnApiTokens, revokeApiToken, revokeOwnApiToken } from './api-tokens.service.ts';

const tags = ['API tokens'];
const self = { resource: 'account', action: 'self' };
const listDoc = { description: 'Tokens that are not revoked, newest first (expired ones marked `expired`)', schema: apiTokenListSchema };

export const apiTokenRoutes: RouteDef[] = [
  defineRoute({
    method: 'post',
    path: '/api/me/tokens',
    summary: 'Create a personal access token (the secret is in this answer only)',
    description:
      'For integrations (Excel, Power BI, scripts): send the token as `Authorization: Bearer <token>`. It acts as your account, with your role and collaboration scope as they are at each request; `read` tokens are refused on every write. Only its SHA-256 is stored. Needs a signed-in browser session: a token cannot make tokens.',
    tags,
    access: self,
    browserSessionOnly: true,
    body: createApiTokenSchema,
    responses: { 201: { description: 'The new token and, once, its secret', schema: createdApiTokenSchema } },
    handler: ({ deps, ctx, body }) => ({ status: 201, body: createApiToken(deps, ctx, body), headers: { 'Cache-Control': 'no-store' } }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/me/tokens',
    summary: 'Your personal access tokens, with their last use',
    tags,
    access: self,
    responses: { 200: listDoc },
    handler: ({ deps, ctx }) => ({ body: listOwnApiTokens(deps, ctx) }),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/me/tokens/:id',
    summary: 'Revoke one of your tokens (it stops working at once)',
    tags,
    access: self,
    params: idParamSchema,
    responses: { 204: { description: 'Revoked (also when it already was)' } },
    handler: ({ deps, ctx, params }) => {
      revokeOwnApiToken(deps, ctx, params.id);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/tokens',
    summary: 'Every account’s API tokens (admins)',
    tags,
    access: { resource: 'api_token', action: 'read' },
    responses: { 200: listDoc },
    handler: ({ deps }) => ({ body: listAllApiTokens(deps) }),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/tokens/:id',
    summary: 'Revoke any account’s token (admins)',
    tags,
    access: { resource: 'api_token', action: 'revoke' },
    params: idParamSchema,
    responses: { 204: { description: 'Revoked (also when it already was)' } },
    handler: ({ deps, ctx, params }) => {
      revokeApiToken(deps, ctx, params.id);
      return { status: 204 };
    },
  }),
];
