import { z } from 'zod';
import { idParamSchema, problemSchema } from '@akkoord/shared/schemas/common';
import { importCommitInputSchema, importMappingInputSchema, importRowsQuerySchema, importRowsSchema, importStatusSchema, importUploadSchema } from '@akkoord/shared/schemas/import';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './imports.policy.ts';
import { commitImport } from './commit-import.ts';
import { importErrorsCsv } from './import-errors-csv.ts';
import { createImport, getImport, listImportRows, setImportMapping } from './imports.service.ts';
import { revertImport } from './revert-import.ts';

const tags = ['Import'];
const problem = 'application/problem+json';
const onlyOwn = 'A batch answers only the account that uploaded it and admins without a collaboration limit (404 for anyone else).';

export const importRoutes: RouteDef[] = [
  defineRoute({
    method: 'post',
    path: '/api/imports',
    summary: 'Upload a spreadsheet (CSV or XLSX) to import agreements from',
    description:
      'The type is sniffed from the bytes (a zip is XLSX; old .xls and binary files answer 415). CSV: UTF-8 with or without BOM or Windows-1252, separator `;`, `,` or tab, all detected. ' +
      'Limits: `IMPORT_MAX_MB` (413), 50,000 rows (413), 200 columns; an XLSX that unpacks to more than 150 MB or 200× its size is refused (422). ' +
      'The mapping is suggested from Dutch and English headers, or is the one last saved for the same set of headers.',
    tags,
    access: { resource: 'import', action: 'create' },
    form: z.object({ file: z.string().meta({ format: 'binary' }).describe('The CSV or XLSX file') }),
    responses: {
      201: { description: 'The uploaded batch: columns, the first rows and the suggested mapping', schema: importUploadSchema },
      413: { description: 'Larger than IMPORT_MAX_MB, or more than 50,000 rows', schema: problemSchema, contentType: problem },
      415: { description: 'Not multipart/form-data, or not a CSV or XLSX file', schema: problemSchema, contentType: problem },
    },
    handler: async ({ deps, ctx, req }) => {
      const body = await createImport(deps, ctx, req);
      return { status: 201, body, headers: { Location: `/api/imports/${body.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/imports/:id',
    summary: 'Where an import is: state, progress and counts (poll while `running`)',
    description: onlyOwn,
    tags,
    access: { resource: 'import', action: 'read' },
    params: idParamSchema,
    responses: { 200: { description: 'The batch', schema: importStatusSchema } },
    handler: ({ deps, ctx, params }) => ({ body: getImport(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'put',
    path: '/api/imports/:id/mapping',
    summary: 'Say which column holds which field, and the values for empty cells',
    description: `Saved for the batch and remembered for the same set of headers. A column may go to one field; party fields may take several columns. ${onlyOwn}`,
    tags,
    access: { resource: 'import', action: 'create' },
    params: idParamSchema,
    body: importMappingInputSchema,
    responses: { 200: { description: 'The batch', schema: importStatusSchema }, 409: { description: 'Already imported', schema: problemSchema, contentType: problem } },
    handler: ({ deps, ctx, params, body }) => ({ body: setImportMapping(deps, ctx, params.id, body) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/imports/:id/rows',
    summary: 'Every row with what was read, its errors per field, and whether it is a duplicate',
    description: `Read with the shared schemas and date parser as the register reads a form. ${onlyOwn}`,
    tags,
    access: { resource: 'import', action: 'read' },
    params: idParamSchema,
    query: importRowsQuerySchema,
    responses: { 200: { description: 'The rows', schema: importRowsSchema }, 409: { description: 'No mapping yet', schema: problemSchema, contentType: problem } },
    handler: async ({ deps, ctx, params, query }) => ({ body: await listImportRows(deps, ctx, params.id, query) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/imports/:id/commit',
    summary: 'Import the valid rows (in one transaction); answers at once, poll `GET /api/imports/:id`',
    description:
      'Valid rows become agreements; rows that match an agreement already there are updated only with `updateExisting: true` (else skipped), so importing the same file twice creates no duplicates. ' +
      `Unknown organisations are created only with \`createOrganisations: true\`; without it the answer is 409 with \`unknownOrganisations\`. ${onlyOwn}`,
    tags,
    access: { resource: 'import', action: 'commit' },
    params: idParamSchema,
    body: importCommitInputSchema,
    responses: {
      202: { description: 'Started; the batch in state `running`', schema: importStatusSchema },
      409: {
        description: 'Not mapped, already started, or unknown organisations not confirmed',
        schema: problemSchema.extend({ unknownOrganisations: z.array(z.string()).optional() }),
        contentType: problem,
      },
    },
    handler: ({ deps, ctx, params, body }) => ({ status: 202, body: commitImport(deps, ctx, params.id, body), headers: { Location: `/api/imports/${params.id}` } }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/imports/:id/errors.csv',
    summary: 'The rejected rows as CSV, with the field and the reason, to fix and import again',
    description: `Semicolons, UTF-8 with BOM; columns \`Regel\`, \`Fouten\`, then the file's own. ${onlyOwn}`,
    tags,
    access: { resource: 'import', action: 'read' },
    params: idParamSchema,
    responses: { 200: { description: 'CSV', contentType: 'text/csv' } },
    handler: async ({ deps, ctx, params, res }) => {
      const { fileName, text } = await importErrorsCsv(deps, ctx, params.id);
      const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
      res
        .status(200)
        .set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}` })
        .send(text);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/imports/:id/revert',
    summary: 'Undo an import: created agreements archived, updated fields restored (each change audited)',
    description: `An agreement changed after the import is left alone (counted in \`reverted.skipped\`). ${onlyOwn}`,
    tags,
    access: { resource: 'import', action: 'revert' },
    params: idParamSchema,
    responses: {
      200: { description: 'The batch, state `reverted`', schema: importStatusSchema },
      409: { description: 'Not imported, or already reverted', schema: problemSchema, contentType: problem },
    },
    handler: async ({ deps, ctx, params }) => ({ body: await revertImport(deps, ctx, params.id) }),
  }),
];
