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
import { defineRoute, mountRoutes } from './http/route.ts';
import { apiRoutes } from './routes.ts';

export const CLIENT_DIST = path.join(REPO_ROOT, 'client', 'dist');

/** The express app (no listen): security headers, request ids, JSON API, OpenAPI, and the built SPA. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');
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

  const api = express.Router();
  // Register data stays out of browser and proxy caches unless a route says otherwise (the calendar feed).
  api.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(express.json({ limit: '1mb', strict: true }));
  api.use(createAuthentication(deps));
  const openapiRoute = defineRoute({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This OpenAPI 3.1 document',
    tags: ['System'],
    access: { public: true },
    responses: { 200: { description: 'OpenAPI 3.1 document' } },
    handler: () => ({ body: openapi }),
  });
  const routes = [...apiRoutes, openapiRoute];
  const openapi = buildOpenApi(routes, { version: '0.1.0' });
  mountRoutes(api, routes);
  api.use(['/api', '/cal'], (req) => {
    throw new AppError('not_found', `Geen API-route voor ${req.method} ${req.originalUrl.split('?')[0]}`);
  });
  app.use(api);

  if (fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    app.use(clientAssets(CLIENT_DIST));
  }
  app.use(errorHandler);
  return app;
}
