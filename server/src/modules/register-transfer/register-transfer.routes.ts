import { registerImportResultSchema, registerTransferSchema } from '@akkoord/shared/schemas/register-transfer';
import { readLargeJson } from '../../http/read-json-body.ts';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './register-transfer.policy.ts';
import { exportRegisterJson, importRegisterJson } from './register-transfer.service.ts';

const tags = ['Register'];

/** The whole register out as one versioned JSON document and back in (decision 052). */
export const registerTransferRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/export.json',
    summary: 'The whole register as one JSON document, version 1 (admins)',
    description:
      "Organisations, collaborations with members and funding lines, agreements (facts, derived lifecycle values, timestamps), parties, relations and documents' metadata, with their ids; streamed. `POST /api/import.json` reads it back into an empty register. The export is recorded in the audit trail.",
    tags,
    access: { resource: 'register', action: 'export' },
    responses: { 200: { description: 'The register (schema: RegisterTransfer, version 1)', schema: registerTransferSchema } },
    handler: ({ deps, ctx, res }) => exportRegisterJson(deps, ctx, res),
  }),
  defineRoute({
    method: 'post',
    path: '/api/import.json',
    summary: 'Read a JSON register (from GET /api/export.json) into an empty register (admins)',
    description:
      'Only into an empty register (no organisations, collaborations or agreements; start with `SEED_REGISTER=false`): otherwise 409 `conflict` and nothing is written. One transaction with its audit event: all or nothing. Up to `REGISTER_IMPORT_MAX_MB` (413 beyond); a document of another shape answers 422 naming the fields.',
    tags,
    access: { resource: 'register', action: 'import' },
    largeJson: registerTransferSchema,
    responses: { 200: { description: 'How many of each were read in', schema: registerImportResultSchema } },
    handler: async ({ deps, ctx, req }) => ({
      body: await importRegisterJson(deps, ctx, () => readLargeJson(req, deps.config.registerImportMaxBytes, registerTransferSchema)),
    }),
  }),
];
