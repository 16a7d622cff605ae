import type { Request, RequestHandler, Response, Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import type { RequestContext } from './context.ts';
import { AppError, toFieldErrors } from './errors.ts';
import { authorize, type Access } from './authorize.ts';
import { JsonText } from './json-text.ts';
import { RouteTable } from './route-table.ts';
import { refuseUntilPasswordChanged } from './password-change.ts';

const BROWSER_SESSION_ONLY = 'Dit kan alleen in een aangemelde browsersessie, niet met een API-token.';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface HandlerInput<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  ctx: RequestContext;
  deps: AppDeps;
  req: Request;
  res: Response;
}

/** What a handler answers; `undefined` when it wrote the response itself (files, feeds). */
export interface HandlerResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ResponseDoc {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

/** A limit per client address on one route, counted by the route itself whatever spelling of its path came in. */
export interface RouteRateLimit {
  windowMs: number;
  /** Requests (or failures, with `countFailuresOnly`) per address per window; past it 429 `too_many_requests`. */
  limit: number;
  /** Only answers of 400 and above count (sign-in: a user who types their password right is never slowed). */
  countFailuresOnly?: true;
  /** The problem's detail (Dutch, shown to the user). */
  detail: string;
}

/** One route: its HTTP shape, its policy and its handler, documented in OpenAPI from the same object. */
export interface RouteDef<
  P extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: Method;
  /** Express path, e.g. `/api/agreements/:id`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  access: Access;
  /**
   * Still answers a signed-in user who must change their temporary password:
   * only for the way out of that state (who am I, change the password, sign
   * out). Every other signed-in route answers 403 `password_change_required`
   * (see password-change.ts); public routes always answer.
   */
  allowDuringPasswordChange?: true;
  /**
   * Needs a signed-in browser session: refused (403 `forbidden`) with an API token (decision 057). For the
   * session itself (its CSRF token, password, profile, signing out everywhere) and for making new tokens.
   */
  browserSessionOnly?: true;
  /** Limited per client address (`req.ip`, see TRUST_PROXY); each app that mounts the route counts on its own. */
  rateLimit?: RouteRateLimit;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * A `multipart/form-data` body the handler reads itself (streamed uploads); documented in OpenAPI from this
   * schema (a file part as `z.string().meta({ format: 'binary' })`). Not parsed here.
   */
  form?: z.ZodType;
  /**
   * A large `application/json` body (beyond express's 1 MB) that the handler reads itself with
   * `readLargeJson` and its own limit; documented in OpenAPI from this schema. Not parsed here.
   */
  largeJson?: z.ZodType;
  /** Extra request headers to document (e.g. If-Match). */
  headers?: { name: string; description: string; required?: boolean }[];
  responses: Record<number, ResponseDoc>;
  handler: (input: HandlerInput<P, Q, B>) => Promise<HandlerResult | void> | HandlerResult | void;
}

/** Declares a route with full type inference of params, query and body. */
export function defineRoute<P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  def: RouteDef<P, Q, B>,
): RouteDef {
  return def as unknown as RouteDef;
}

function parseOr(schema: z.ZodType | undefined, value: unknown, where: 'body' | 'query' | 'params'): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = toFieldErrors(result.error, where);
  if (where === 'body') throw new AppError('validation_failed', 'Een of meer velden kloppen niet', { errors });
  throw new AppError('bad_request', where === 'query' ? 'Een of meer zoekparameters kloppen niet' : 'Het adres klopt niet', { errors });
}

const hasBody = (req: Request) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

function toHandler(def: RouteDef): RequestHandler {
  return async (req, res) => {
    // Before the role check: a user with a temporary password learns what to do, whatever their role.
    refuseUntilPasswordChanged(req.ctx.user, def);
    authorize(req.ctx.user, def.access);
    if (def.browserSessionOnly && req.apiToken) throw new AppError('forbidden', BROWSER_SESSION_ONLY);
    const sendsJson = def.largeJson !== undefined || (def.body !== undefined && hasBody(req));
    if (sendsJson && !req.is('application/json')) {
      throw new AppError('unsupported_media_type', 'Stuur de inhoud als application/json');
    }
    const params = parseOr(def.params, req.params, 'params');
    const query = parseOr(def.query, req.query, 'query');
    const body = parseOr(def.body, req.body ?? {}, 'body');
    const result = await def.handler({ params, query, body, ctx: req.ctx, deps: req.deps, req, res } as HandlerInput<z.ZodType, z.ZodType, z.ZodType>);
    if (!result || res.headersSent) return;
    if (result.headers) res.set(result.headers);
    const status = result.status ?? 200;
    if (result.body === undefined) res.status(status).end();
    // Bytes get the charset express adds to a string body, so both forms answer the same header.
    else if (result.body instanceof JsonText) res.status(status).type('application/json; charset=utf-8').send(result.body.text);
    else res.status(status).json(result.body);
  };
}

/** The route's handler behind its own per-address limiter (one limiter per mounted app). */
function withRateLimit(def: RouteDef, handler: RequestHandler): RequestHandler {
  if (!def.rateLimit) return handler;
  const { windowMs, limit, countFailuresOnly, detail } = def.rateLimit;
  const limiter = rateLimit({
    windowMs,
    limit,
    skipSuccessfulRequests: countFailuresOnly === true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new AppError('too_many_requests', detail)),
  });
  return (req, res, next) =>
    void limiter(req, res, (err?: unknown) => {
      if (err) return next(err);
      Promise.resolve(handler(req, res, next)).catch(next);
    });
}

/**
 * Mounts every route definition on the router as one middleware that finds
 * the route in a {@link RouteTable} (decision 021); a request no route takes
 * goes on to the next middleware (the API's 404). Express 5 forwards a
 * rejected handler promise to the error handler.
 */
export function mountRoutes(router: Router, defs: RouteDef[]): void {
  const table = new RouteTable(defs.map((def) => ({ method: def.method, path: def.path, handle: withRateLimit(def, toHandler(def)) })));
  router.use((req, res, next) => {
    const found = table.find(req.method, req.path);
    if (!found) return next();
    req.params = found.params;
    return found.handle(req, res, next);
  });
}
