import { z } from 'zod';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { pingDatabase } from './health.repo.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']).describe('`degraded` when the database is unreachable (503) or the read worker is not running (200: the main connection reads meanwhile)'),
  database: z.enum(['ok', 'unreachable']),
  readWorker: z
    .object({
      state: z
        .enum(['running', 'restarting', 'failed', 'closed'])
        .describe('`restarting`: stopped unasked, started again after a backoff; `failed`: given up after repeated stops'),
      restarts: z.number().int().describe('Restarts after unasked stops since the server started'),
    })
    .optional()
    .describe("The register's read worker (decision 018, 036); absent when the server runs without one"),
  version: z.string(),
  today: z.string(),
});

export const healthRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness, database and read-worker check',
    tags: ['System'],
    access: { public: true },
    responses: { 200: { description: 'Healthy', schema: healthSchema }, 503: { description: 'Database unreachable', schema: healthSchema } },
    handler: ({ deps }) => {
      const dbOk = pingDatabase(deps.db);
      const readWorker = deps.reader?.health();
      const workerOk = !readWorker || readWorker.state === 'running';
      return {
        status: dbOk ? 200 : 503,
        body: {
          status: dbOk && workerOk ? 'ok' : 'degraded',
          database: dbOk ? 'ok' : 'unreachable',
          ...(readWorker ? { readWorker } : {}),
          version: process.env.npm_package_version ?? '0.1.0',
          today: deps.clock.today(),
        },
      };
    },
  }),
];
