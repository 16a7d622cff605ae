import { auditEventSchema, auditExportQuerySchema, auditQuerySchema } from '@akkoord/shared/schemas/audit';
import { pageSchema } from '@akkoord/shared/schemas/common';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './audit.policy.ts';
import { listAuditEvents, writeAuditCsv } from './audit.service.ts';

const tags = ['Audit'];
const page = { description: 'A page of audit events, newest first', schema: pageSchema(auditEventSchema) };

/** Read-only by design: the audit trail has no route to change or delete it (and the database refuses too). */
export const auditRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/audit',
    summary: 'The audit trail: who changed what, when, before and after (admins)',
    tags,
    access: { resource: 'audit', action: 'read' },
    query: auditQuerySchema,
    responses: { 200: page },
    handler: ({ deps, query }) => ({ body: listAuditEvents(deps, query) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/audit.csv',
    summary: 'The audit trail as CSV (same filters, oldest first)',
    tags,
    access: { resource: 'audit', action: 'export' },
    query: auditExportQuerySchema,
    responses: { 200: { description: 'CSV, UTF-8 with byte-order mark', contentType: 'text/csv' } },
    handler: async ({ deps, query, res }) => {
      await writeAuditCsv(deps, query, res);
    },
  }),
];
