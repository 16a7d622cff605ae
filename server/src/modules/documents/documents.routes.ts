import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import {
  addVersionBodySchema,
  documentContentQuerySchema,
  documentListSchema,
  documentSchema,
  documentVersionParamsSchema,
  uploadDocumentBodySchema,
} from '@akkoord/shared/schemas/document';
import { idParamSchema, problemSchema } from '@akkoord/shared/schemas/common';
import { AppError } from '../../http/errors.ts';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import './documents.policy.ts';
import { archiveDocument, restoreDocument } from './archive-document.ts';
import { openVersionContent } from './download-version.ts';
import { getDocument, listDocuments } from './read-documents.ts';
import { multipartUpload } from './receive-upload.ts';
import { addDocumentVersion, uploadDocument } from './upload-document.ts';

const tags = ['Documents'];
const one = { description: 'The document with all its versions', schema: documentSchema };
const problem = (description: string, schema: z.ZodType = problemSchema) => ({ description, schema, contentType: 'application/problem+json' });
const uploadProblems = {
  409: problem(
    'The same bytes are already on this agreement (`existing` is that document), or the agreement or document is archived',
    problemSchema.extend({ existing: documentSchema.optional() }),
  ),
  413: problem('Larger than DOCUMENT_MAX_MB (`limitBytes`)', problemSchema.extend({ limitBytes: z.number().int() })),
  415: problem(
    'Not multipart/form-data, or a file of a type that is not accepted (`accepted` lists the media types)',
    problemSchema.extend({ accepted: z.array(z.string()).optional() }),
  ),
  422: problem('A field is missing or wrong (`errors` names it: body.file, body.kind, …)'),
};
const sniffed =
  'Streamed to disk with its SHA-256 computed on the way; at most DOCUMENT_MAX_MB (default 25). The type is sniffed from the bytes — PDF, DOCX, ODT, XLSX, PNG/JPEG/TIFF, UTF-8 text, e-mail (RFC 822) — never taken from the name or the part header. The file name is kept for display only, sanitised.';

/** Documents on agreements (issue 13 items 1–4): upload, versions, download, archive. */
export const documentRoutes: RouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/agreements/:id/documents',
    summary: "An agreement's documents with their versions (archived ones too, marked `archived`)",
    tags,
    access: { resource: 'document', action: 'read' },
    params: idParamSchema,
    responses: { 200: { description: 'The documents, oldest first', schema: documentListSchema } },
    handler: ({ deps, ctx, params }) => ({ body: listDocuments(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/documents',
    summary: 'Upload a document to an agreement (multipart/form-data: file, kind, documentDate, note)',
    description: sniffed,
    tags,
    access: { resource: 'document', action: 'upload' },
    params: idParamSchema,
    form: uploadDocumentBodySchema,
    responses: { 201: one, ...uploadProblems },
    handler: async ({ deps, ctx, params, req }) => {
      const doc = await uploadDocument(deps, ctx, params.id, multipartUpload(req));
      return { status: 201, body: doc, headers: { Location: `/api/documents/${doc.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/documents/:id',
    summary: 'One document with its versions (number, uploader, time, size, hash, type, text status)',
    tags,
    access: { resource: 'document', action: 'read' },
    params: idParamSchema,
    responses: { 200: one },
    handler: ({ deps, ctx, params }) => ({ body: getDocument(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/documents/:id/versions',
    summary: 'Add a version to a document (multipart/form-data: file); earlier versions stay',
    description: sniffed,
    tags,
    access: { resource: 'document', action: 'upload' },
    params: idParamSchema,
    form: addVersionBodySchema,
    responses: { 201: one, ...uploadProblems },
    handler: async ({ deps, ctx, params, req }) => {
      const doc = await addDocumentVersion(deps, ctx, params.id, multipartUpload(req));
      return { status: 201, body: doc, headers: { Location: `/api/documents/${doc.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/documents/:id/versions/:version/content',
    summary: "A version's bytes (Range requests; ?disposition=inline for PDFs, under a sandbox CSP); every download is audited",
    tags,
    access: { resource: 'document', action: 'read' },
    params: documentVersionParamsSchema,
    query: documentContentQuerySchema,
    headers: [
      { name: 'Range', description: 'One byte range, e.g. bytes=0-1023 (answers 206; more than one range answers the whole file)' },
      { name: 'If-Range', description: 'The ETag (the quoted SHA-256); Range applies only when it matches' },
    ],
    responses: {
      200: {
        description: 'The file, with Content-Disposition (RFC 6266 filename*) and X-Content-Type-Options: nosniff',
        schema: z.string(),
        contentType: 'application/octet-stream',
      },
      206: { description: 'The requested byte range (Content-Range)', schema: z.string(), contentType: 'application/octet-stream' },
      416: problem('The range lies outside the file (Content-Range: bytes */size)'),
    },
    handler: async ({ deps, ctx, params, query, req, res }) => {
      try {
        const content = await openVersionContent(deps, ctx, {
          ...params,
          disposition: query.disposition,
          rangeOf: (size) => req.range(size, { combine: true }),
          ifRange: req.get('if-range'),
        });
        res.status(content.status).set(content.headers);
        // A client that stops reading (a viewer that got enough, a cancelled download) is not a server error.
        await pipeline(content.open(), res).catch((err: unknown) => {
          if (!res.headersSent) throw err;
          req.log?.debug({ err }, 'document download ended early');
        });
      } catch (err) {
        if (err instanceof AppError && err.code === 'range_not_satisfiable') res.set('Content-Range', `bytes */${String(err.extra?.size)}`);
        throw err;
      }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/documents/:id/archive',
    summary: 'Archive a document (its versions and files are kept; never deleted)',
    tags,
    access: { resource: 'document', action: 'archive' },
    params: idParamSchema,
    responses: { 200: one },
    handler: ({ deps, ctx, params }) => ({ body: archiveDocument(deps, ctx, params.id) }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/documents/:id/restore',
    summary: 'Restore an archived document',
    tags,
    access: { resource: 'document', action: 'restore' },
    params: idParamSchema,
    responses: { 200: one },
    handler: ({ deps, ctx, params }) => ({ body: restoreDocument(deps, ctx, params.id) }),
  }),
];
