import express, { type Express } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../routes.ts';
import { RouteTable } from './route-table.ts';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
const routes: { method: Method; path: string }[] = [
  { method: 'get', path: '/api/things/:id' },
  { method: 'get', path: '/api/things/counts' },
  { method: 'post', path: '/api/things/counts' },
  { method: 'get', path: '/api/things' },
  { method: 'patch', path: '/api/things/:id' },
  { method: 'get', path: '/api/things/:id/parts/:part' },
  { method: 'get', path: '/api/Other/' },
];

/** Which route answered (by index) and with which parameters, as JSON. */
function answer(index: number) {
  return (req: express.Request, res: express.Response) => void res.json({ index, params: { ...req.params } });
}

function withExpressRouter(): Express {
  const app = express();
  // As the real app is configured (app.ts): '/API/Things' and '/api/things/' are not '/api/things'.
  app.set('case sensitive routing', true);
  app.set('strict routing', true);
  routes.forEach((r, i) => app[r.method](r.path, answer(i)));
  app.use((_req, res) => void res.status(404).json({ index: null }));
  app.use((err: { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => void res.status(err.status ?? 500).json({ error: err.status }));
  return app;
}

function withRouteTable(): Express {
  const app = express();
  const table = new RouteTable(routes.map((r, i) => ({ ...r, handle: answer(i) })));
  app.use((req, res, next) => {
    const found = table.find(req.method, req.path);
    if (!found) return next();
    req.params = found.params;
    found.handle(req, res);
  });
  app.use((_req, res) => void res.status(404).json({ index: null }));
  app.use((err: { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => void res.status(err.status ?? 500).json({ error: err.status }));
  return app;
}

describe('the route table', () => {
  it("sends every request where express's own router sends it, with the same parameters and statuses", async () => {
    const cases: [string, string][] = [
      ['GET', '/api/things'],
      ['GET', '/api/things/'],
      ['GET', '/API/Things'],
      ['HEAD', '/api/things'],
      ['GET', '/api/things/42'],
      ['GET', '/api/things/counts'], // the parameter route is declared first: express sends it there
      ['POST', '/api/things/counts'],
      ['PATCH', '/api/things/7'],
      ['PATCH', '/api/things/7/'],
      ['DELETE', '/api/things/7'],
      ['PUT', '/api/things'],
      ['GET', '/api/things/a%20b'],
      ['GET', '/api/things/%E0%A4%A'], // malformed escape: 400
      ['GET', '/api/things/7/parts/x%2Fy'],
      ['GET', '/api/things/7/parts'],
      ['GET', '/api/things//'],
      ['GET', '/api/thing'],
      ['GET', '/api/other'],
      ['GET', '/api/other/'],
      ['GET', '/api/Other'],
      ['GET', '/api/Other/'],
      ['GET', '/api/Things/42'],
      ['GET', '/api/things/42/'],
      ['GET', '/api/things/42/parts/x/'],
      ['POST', '/api/things/counts/'],
      ['POST', '/API/THINGS/COUNTS'],
      ['GET', '/api/agr%65ements'],
      ['OPTIONS', '/api/things'],
    ];
    const viaExpress = withExpressRouter();
    const viaTable = withRouteTable();
    for (const [method, path] of cases) {
      const expected = await request(viaExpress)[method.toLowerCase() as 'get'](path);
      const actual = await request(viaTable)[method.toLowerCase() as 'get'](path);
      expect({ method, path, status: actual.status, body: actual.body }).toEqual({ method, path, status: expected.status, body: expected.body });
    }
  });

  it('finds every API route at its own path with its own method', () => {
    const table = new RouteTable(apiRoutes.map((r, i) => ({ method: r.method, path: r.path, handle: i })));
    apiRoutes.forEach((r, i) => {
      const path = r.path.replace(/:(\w+)/g, '12');
      const found = table.find(r.method.toUpperCase(), path);
      // A parameter route declared earlier may take the path first (as in express); then it has the same method.
      expect(found, `${r.method} ${r.path}`).toBeDefined();
      expect(apiRoutes[found!.handle]!.method).toBe(r.method);
      if (found!.handle !== i) expect(apiRoutes[found!.handle]!.path).toMatch(/:/);
    });
  });
});
