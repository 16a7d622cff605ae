import { changePasswordSchema, sessionSchema, signInSchema, updateProfileSchema } from '@akkoord/shared/schemas/session';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './accounts.policy.ts';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie.ts';
import { changeOwnPassword, getSession, signIn, signOut, signOutEverywhere, updateOwnProfile } from './sessions.service.ts';

const tags = ['Session'];
/** Failed sign-ins allowed per client address per window, on top of the per-account slow-down. */
export const SIGN_IN_LIMIT = { windowMs: 15 * 60_000, failures: 20 };
const self = { resource: 'account', action: 'self' };
const sessionDoc = { description: 'The signed-in user, their role, permissions and CSRF token', schema: sessionSchema };

export const sessionRoutes: RouteDef[] = [
  defineRoute({
    method: 'post',
    path: '/api/session',
    summary: 'Sign in with e-mail and password (sets the session cookie)',
    description:
      'A new session id on every sign-in. A wrong password and an address without an account get the same 401, in about the same time. After three failures in a row on one e-mail address each further attempt is answered later (1 s, doubling to at most 16 s; a correct password still signs in): slowed down, never locked. More than 20 failures in 15 minutes from one client address answer 429 with Retry-After.',
    tags,
    access: { public: true },
    rateLimit: {
      windowMs: SIGN_IN_LIMIT.windowMs,
      limit: SIGN_IN_LIMIT.failures,
      countFailuresOnly: true,
      detail: 'Te veel mislukte aanmeldpogingen vanaf dit adres. Probeer het over een kwartier opnieuw.',
    },
    body: signInSchema,
    responses: { 200: sessionDoc },
    handler: async ({ deps, ctx, body, req, res }) => {
      const { token, session } = await signIn(deps, ctx, body, { previousToken: readSessionCookie(req, deps.config), userAgent: req.get('user-agent') });
      setSessionCookie(res, deps.config, token);
      return { body: session, headers: { 'Cache-Control': 'no-store' } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/session',
    browserSessionOnly: true,
    summary: 'The current session: user, role, permissions and the CSRF token for writes',
    description: 'Signed out (or expired) answers 401. Answers also while the user must change a temporary password (`user.mustChangePassword`).',
    tags,
    access: self,
    allowDuringPasswordChange: true,
    responses: { 200: sessionDoc },
    handler: ({ deps, ctx, req }) => ({ body: getSession(deps, ctx, req.session!), headers: { 'Cache-Control': 'no-store' } }),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/session',
    summary: 'Sign out (this browser)',
    description: 'Always answers 204, also when already signed out.',
    tags,
    access: { public: true },
    allowDuringPasswordChange: true,
    responses: { 204: { description: 'Signed out' } },
    handler: ({ deps, ctx, req, res }) => {
      signOut(deps, ctx, req.session);
      clearSessionCookie(res, deps.config);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/sessions',
    browserSessionOnly: true,
    summary: 'Sign out everywhere: ends every session of the signed-in user',
    tags,
    access: self,
    allowDuringPasswordChange: true,
    responses: { 204: { description: 'All sessions ended' } },
    handler: ({ deps, ctx, res }) => {
      signOutEverywhere(deps, ctx);
      clearSessionCookie(res, deps.config);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/session/password',
    browserSessionOnly: true,
    summary: 'Change your own password (other sessions end)',
    description: 'The way out of a temporary password: until it is changed, every other signed-in route answers 403 `password_change_required`.',
    tags,
    access: self,
    allowDuringPasswordChange: true,
    body: changePasswordSchema,
    responses: { 204: { description: 'Password changed' } },
    handler: async ({ deps, ctx, body, req }) => {
      await changeOwnPassword(deps, ctx, req.session!, body);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/api/session/profile',
    browserSessionOnly: true,
    summary: 'Change your own name, language or deputy',
    tags,
    access: self,
    body: updateProfileSchema,
    responses: { 200: sessionDoc },
    handler: ({ deps, ctx, body, req }) => ({ body: updateOwnProfile(deps, ctx, req.session!, body) }),
  }),
];
