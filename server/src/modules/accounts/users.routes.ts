import { z } from 'zod';
import { idParamSchema, problemSchema } from '@akkoord/shared/schemas/common';
import { createUserSchema, ownerAccountSchema, updateUserSchema, userSchema, userWithPasswordSchema } from '@akkoord/shared/schemas/user';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './accounts.policy.ts';
import { createUser, getUser, listOwnerAccounts, listUsers, resetUserPassword, setUserActive, updateUser } from './users.service.ts';

const tags = ['Users'];
const one = { description: 'The account', schema: userSchema };
const noStore = { 'Cache-Control': 'no-store' };

export const userRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/owner-accounts',
    summary: "Active accounts an agreement's owner can be picked from (name and e-mail; every role)",
    tags,
    access: { resource: 'owner_account', action: 'read' },
    responses: { 200: { description: 'Accounts by name', schema: z.array(ownerAccountSchema) } },
    handler: ({ deps }) => ({ body: listOwnerAccounts(deps) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/users',
    summary: 'Every account (admins)',
    tags,
    access: { resource: 'user', action: 'read' },
    responses: { 200: { description: 'Accounts by e-mail', schema: z.array(userSchema) } },
    handler: ({ deps }) => ({ body: listUsers(deps) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/users',
    summary: 'Create an account; without a password one is generated and returned once',
    tags,
    access: { resource: 'user', action: 'create' },
    body: createUserSchema,
    responses: { 201: { description: 'The account and its generated password', schema: userWithPasswordSchema } },
    handler: async ({ deps, ctx, body }) => {
      const created = await createUser(deps, ctx, body);
      return { status: 201, body: created, headers: { ...noStore, Location: `/api/users/${created.user.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/users/:id',
    summary: 'One account',
    tags,
    access: { resource: 'user', action: 'read' },
    params: idParamSchema,
    responses: { 200: one },
    handler: ({ deps, params }) => ({ body: getUser(deps, params.id) }),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/users/:id',
    summary: 'Change e-mail, name, role, collaboration scope, language or deputy',
    description: 'Refuses (409) to demote or deactivate the last active admin, or yourself.',
    tags,
    access: { resource: 'user', action: 'update' },
    params: idParamSchema,
    body: updateUserSchema,
    responses: { 200: one, 409: { description: 'Stale write or last admin', schema: problemSchema, contentType: 'application/problem+json' } },
    handler: ({ deps, ctx, params, body }) => ({ body: updateUser(deps, ctx, params.id, body) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/users/:id/reset-password',
    summary: 'Give an account a new random password (returned once); forgets its failed sign-ins and ends its sessions',
    tags,
    access: { resource: 'user', action: 'resetPassword' },
    params: idParamSchema,
    responses: { 200: { description: 'The account and its new password', schema: userWithPasswordSchema } },
    handler: async ({ deps, ctx, params }) => ({ body: await resetUserPassword(deps, ctx, params.id), headers: noStore }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/users/:id/deactivate',
    summary: 'Deactivate an account (never deleted: the audit trail keeps referring to it); ends its sessions',
    tags,
    access: { resource: 'user', action: 'deactivate' },
    params: idParamSchema,
    responses: { 200: one },
    handler: ({ deps, ctx, params }) => ({ body: setUserActive(deps, ctx, params.id, false) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/users/:id/reactivate',
    summary: 'Reactivate a deactivated account',
    tags,
    access: { resource: 'user', action: 'deactivate' },
    params: idParamSchema,
    responses: { 200: one },
    handler: ({ deps, ctx, params }) => ({ body: setUserActive(deps, ctx, params.id, true) }),
  }),
];
