import { z } from 'zod';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { pingDatabase } from './health.repo.ts';

const healthSchema = z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['ok', 'unreachable']), version: z.string(), today: z.string() });

export const healthRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and database check',
    tags: ['System'],
    access: { public: true },
    responses: { 200: { description: 'Healthy', schema: healthSchema }, 503: { description: 'Database unreachable', schema: healthSchema } },
    handler: ({ deps }) => {
      const dbOk = pingDatabase(deps.db);
      return {
        status: dbOk ? 200 : 503,
        body: { status: dbOk ? 'ok' : 'degraded', database: dbOk ? 'ok' : 'unreachable', version: process.env.npm_package_version ?? '0.1.0', today: deps.clock.today() },
      };
    },
  }),
];
