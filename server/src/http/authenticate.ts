import type { RequestHandler } from 'express';
import type { AppDeps } from '../deps.ts';
import { clearSessionCookie, readSessionCookie } from '../modules/accounts/session-cookie.ts';
import { tokensMatch } from '../modules/accounts/session-token.ts';
import { resolveSession, type ActiveSession } from '../modules/accounts/sessions.service.ts';
import { AppError } from './errors.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The server-side session behind the cookie, when it is valid. */
      session?: ActiveSession;
    }
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isSignIn = (method: string, path: string) => method === 'POST' && path === '/api/session';

/**
 * Who is asking: the session cookie, checked against the server-side session
 * store (idle and absolute timeouts). Then CSRF: every cookie-authenticated
 * write must carry the session's token in X-CSRF-Token (sign-in excepted:
 * the exact path, as routing is case-sensitive and strict). Rate limits are
 * declared on the routes themselves (`rateLimit` in route.ts).
 */
export function createAuthentication(deps: AppDeps): RequestHandler[] {
  const authenticate: RequestHandler = (req, res, next) => {
    const token = readSessionCookie(req, deps.config);
    if (!token) return next();
    const found = resolveSession(deps, token);
    if (!found) {
      clearSessionCookie(res, deps.config);
      return next();
    }
    req.ctx.user = found.user;
    req.session = found.session;
    next();
  };

  const checkCsrf: RequestHandler = (req, _res, next) => {
    if (!req.session || SAFE_METHODS.has(req.method) || isSignIn(req.method, req.path)) return next();
    const sent = req.get('x-csrf-token');
    if (!sent || !tokensMatch(sent, req.session.csrfToken)) {
      return next(new AppError('csrf_failed', 'Het beveiligingstoken (X-CSRF-Token) ontbreekt of klopt niet. Laad de pagina opnieuw.'));
    }
    next();
  };

  return [authenticate, checkCsrf];
}
