import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { ApiTokenAccess } from '@akkoord/shared/schemas/api-token';
import type { AppDeps } from '../deps.ts';
import { resolveApiToken } from '../modules/accounts/api-tokens.service.ts';
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
      /** The API token of a bearer request (decision 057); then there is no session. */
      apiToken?: { id: number; access: ApiTokenAccess };
    }
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isSignIn = (method: string, path: string) => method === 'POST' && path === '/api/session';

/** The token of an `Authorization: Bearer …` header; undefined without one, '' for a malformed one. */
function bearerOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header === undefined) return undefined;
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : '';
}

const INVALID_TOKEN = 'Het API-token is onbekend, ingetrokken of verlopen, of het account is gedeactiveerd.';

/**
 * Who is asking: an `Authorization: Bearer` API token (decision 057) or the
 * session cookie, checked against the server-side session store (idle and
 * absolute timeouts). A request with a bearer token is that token's alone:
 * any cookie is ignored, so no CSRF token is asked (a cross-site page cannot
 * set the header); a `read` token is refused on every write, and each token
 * has its own rate limit. Then CSRF: every cookie-authenticated write must
 * carry the session's token in X-CSRF-Token (sign-in excepted: the exact path,
 * as routing is case-sensitive and strict). Other rate limits are declared on
 * the routes themselves (`rateLimit` in route.ts).
 */
export function createAuthentication(deps: AppDeps): RequestHandler[] {
  const perToken = rateLimit({
    windowMs: 60_000,
    limit: deps.config.apiTokenRateLimit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `token:${req.apiToken!.id}`,
    handler: (_req, _res, next) =>
      next(new AppError('too_many_requests', `Te veel verzoeken met dit API-token (hoogstens ${deps.config.apiTokenRateLimit} per minuut). Probeer het straks opnieuw.`)),
  });

  const authenticate: RequestHandler = (req, res, next) => {
    const bearer = bearerOf(req);
    if (bearer !== undefined) {
      const found = bearer ? resolveApiToken(deps, bearer) : null;
      if (!found) {
        res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
        return next(new AppError('unauthenticated', INVALID_TOKEN));
      }
      req.ctx.user = found.user;
      req.apiToken = found.token;
      if (found.token.access === 'read' && !SAFE_METHODS.has(req.method)) {
        return next(new AppError('forbidden', 'Dit API-token mag alleen lezen.'));
      }
      return void perToken(req, res, next);
    }
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
