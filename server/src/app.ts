import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { AppDeps } from './deps.ts';
import { createAuthentication } from './http/authenticate.ts';
import { AppError, errorHandler } from './http/errors.ts';
import { clientAssets } from './http/client-assets.ts';
import { buildOpenApi } from './http/openapi.ts';
import { requestLog } from './http/request-log.ts';
import { REPO_ROOT } from './lib/paths.ts';
import { defineRoute, mountRoutes, type RouteDef } from './http/route.ts';
import { apiRoutes } from './routes.ts';

const isApiPath = (path: string) => /^\/api(\/|$)/i.test(path);
const isFeedPath = (path: string) => /^\/cal(\/|$)/i.test(path);
/** The Woo's public pages and sitemap (server-rendered, outside the app). */
const isWooPath = (path: string) => /^\/(openbaar|woo)(\/|$)/i.test(path);

export const CLIENT_DIST = path.join(REPO_ROOT, 'client', 'dist');

/**
 * The express app (no listen): security headers, request ids, JSON API, OpenAPI, and the built SPA
 * (from `clientDist`, the built client by default).
 */
export function createApp(deps: AppDeps, { clientDist = CLIENT_DIST }: { clientDist?: string } = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  // Who the client is (req.ip, the key of the per-address limits) behind the proxies TRUST_PROXY names.
  app.set('trust proxy', deps.config.trustProxy);
  app.set('query parser', 'simple');
  // A path means exactly what it says: '/api/session/' and '/API/SESSION' are not the sign-in route (and so
  // cannot pass it by its rate limit). The route table matches the same way (decision 021).
  app.set('case sensitive routing', true);
  app.set('strict routing', true);
  // API answers are not cached (no-store below), so no body hash for an ETag per response; routes that support
  // conditional requests (an agreement's version) set their own ETag.
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: deps.config.publicUrl.startsWith('https:') ? [] : null,
        },
      },
      strictTransportSecurity: deps.config.publicUrl.startsWith('https:'),
    }),
  );
  app.use(requestLog(app, deps.logger));
  app.use((req, _res, next) => {
    req.deps = deps;
    req.ctx = { requestId: req.id, user: null };
    next();
  });

  const api = express.Router({ caseSensitive: true, strict: true });
  // Register data stays out of browser and proxy caches unless a route says otherwise (the calendar feed).
  api.use((req, res, next) => {
    if (isApiPath(req.path)) res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Routes that take a large JSON document read it themselves, with their own limit (`largeJson`, decision 052).
  const largeJsonPaths = new Set(apiRoutes.filter((r) => r.largeJson).map((r) => `${r.method.toUpperCase()} ${r.path}`));
  const parseJson = express.json({ limit: '1mb', strict: true });
  api.use((req, res, next) => (largeJsonPaths.has(`${req.method} ${req.path}`) ? next() : parseJson(req, res, next)));
  api.use(createAuthentication(deps));
  const openapiRoute = defineRoute({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This OpenAPI 3.1 document',
    tags: ['System'],
    access: { public: true },
    responses: { 200: { description: 'OpenAPI 3.1 document' } },
    // Built on first request, not at start: turning every route's schemas into JSON Schema takes ~50 ms of start-up.
    handler: (): { body: Record<string, unknown> } => ({ body: (openapi ??= buildOpenApi(routes, { version: '0.1.0' })) }),
  });
  const routes: RouteDef[] = [...apiRoutes, openapiRoute];
  let openapi: Record<string, unknown> | undefined;
  mountRoutes(api, routes);
  // Whatever its spelling ('/API/Session', '/api/session/'), a path under /api, /cal, /openbaar or /woo that no route
  // takes is a 404 problem (not the app's page, nor Express's own HTML).
  api.use((req, _res, next) => {
    if (!isApiPath(req.path) && !isFeedPath(req.path) && !isWooPath(req.path)) return next();
    throw new AppError('not_found', `Geen API-route voor ${req.method} ${req.path}`);
  });
  app.use(api);

  if (fs.existsSync(path.join(clientDist, 'index.html'))) {
    app.use(clientAssets(clientDist));
  }
  app.use(errorHandler);
  return app;
}
