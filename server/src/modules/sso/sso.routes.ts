import { z } from 'zod';
import type { Request, Response } from 'express';
import type { Config } from '../../config.ts';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { readSessionCookie, setSessionCookie } from '../accounts/session-cookie.ts';
import { finishSsoSignIn, getSignInOptions, startSsoSignIn } from './sso.service.ts';

const tags = ['Session'];
const STATE_COOKIE = 'akkoord_sso_state';
const signInOptionsSchema = z.object({
  sso: z.object({ providerName: z.string() }).nullable().describe('The OpenID provider, when single sign-on is set up (OIDC_ISSUER)'),
  localLogin: z.boolean().describe('Whether everyone may sign in with e-mail and password (LOCAL_LOGIN); otherwise only the break-glass account'),
});

/** The browser's half of the state: only this browser can finish the sign-in it started (no login CSRF). */
function setStateCookie(res: Response, config: Config, state: string): void {
  res.cookie(STATE_COOKIE, state, { httpOnly: true, sameSite: 'lax', secure: config.publicUrl.startsWith('https:'), path: '/api/auth/sso', maxAge: 10 * 60_000 });
}
function readStateCookie(req: Request): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === STATE_COOKIE) return part.slice(eq + 1).trim();
  }
  return null;
}

/** Single sign-on with OpenID Connect (issue 16, decision 060). */
export const ssoRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/auth/sso',
    summary: 'How one signs in here: the OpenID provider (if any) and whether local sign-in is on',
    tags,
    access: { public: true },
    allowDuringPasswordChange: true,
    responses: { 200: { description: 'Sign-in options', schema: signInOptionsSchema } },
    handler: ({ deps }) => ({ body: getSignInOptions(deps) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/auth/sso/login',
    summary: 'Start signing in at the OpenID provider (redirect)',
    description: 'Authorization code flow with PKCE, state and nonce. A provider that does not answer sends the browser back to `/sign-in?sso=sso_unavailable`.',
    tags,
    access: { public: true },
    allowDuringPasswordChange: true,
    responses: { 302: { description: 'To the provider, or back to the sign-in page with `?sso=<reason>`' } },
    handler: async ({ deps, res }) => {
      const { redirectTo, state } = await startSsoSignIn(deps);
      if (state) setStateCookie(res, deps.config, state);
      return { status: 302, headers: { Location: redirectTo } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/auth/sso/callback',
    summary: 'Where the OpenID provider sends the browser back (register this redirect URI at the provider)',
    description:
      'Signs in (session cookie) and redirects to `/`; on failure redirects to `/sign-in?sso=<reason>`: `sso_state` (unknown, expired or foreign state), `sso_denied`, `sso_clock`, `sso_unavailable`, `sso_failed` (code or ID token refused), `sso_no_role` (waiting for approval), `sso_deactivated`, `sso_no_email`, `sso_email_taken`.',
    tags,
    access: { public: true },
    allowDuringPasswordChange: true,
    query: z.looseObject({}),
    responses: { 302: { description: 'To the dashboard, or to the sign-in page with `?sso=<reason>`' } },
    handler: async ({ deps, ctx, req, res }) => {
      res.clearCookie(STATE_COOKIE, { path: '/api/auth/sso' });
      const result = await finishSsoSignIn(deps, ctx, {
        callbackUrl: new URL(req.originalUrl, deps.config.publicUrl),
        browserState: readStateCookie(req),
        previousToken: readSessionCookie(req, deps.config),
        userAgent: req.get('user-agent'),
      });
      if ('error' in result) return { status: 302, headers: { Location: `/sign-in?sso=${result.error}` } };
      setSessionCookie(res, deps.config, result.token);
      return { status: 302, headers: { Location: '/' } };
    },
  }),
];
