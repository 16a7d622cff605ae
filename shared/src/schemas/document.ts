import { z } from 'zod';
import { partialDateSchema } from '../dates/partial-date.ts';
import { DOCUMENT_KINDS, DOCUMENT_MEDIA_TYPES, DOCUMENT_TEXT_STATUSES } from '../domain/documents.ts';
import { permissionsSchema } from './common.ts';
import { multiLine } from './text.ts';

/** Who uploaded or archived: the account's id and name (the name as it is now). */
export const documentActorSchema = z.object({ id: z.number().int(), name: z.string() });

/** One version of a document: its bytes are fixed; only the text status moves. */
export const documentVersionSchema = z.object({
  versionId: z.number().int().describe('The stored version’s own id (e.g. `wooPublication.documentVersionId`)'),
  version: z.number().int().min(1),
  fileName: z.string().describe('Sanitised file name as uploaded; for display only'),
  mediaType: z.enum(DOCUMENT_MEDIA_TYPES).describe('Sniffed from the content'),
  sizeBytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  uploadedBy: documentActorSchema,
  uploadedAt: z.string(),
  textStatus: z.enum(DOCUMENT_TEXT_STATUSES),
  textReason: z.string().nullable(),
  textExtractedAt: z.string().nullable(),
  contentUrl: z.string().describe('GET this for the bytes (supports Range; ?disposition=inline for PDFs)'),
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

/** A document on an agreement with all its versions, oldest first. */
export const documentSchema = z.object({
  id: z.number().int(),
  agreementId: z.number().int(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string().describe('Sanitised file name of the first version'),
  documentDate: partialDateSchema.nullable(),
  note: z.string().nullable(),
  archived: z.boolean(),
  archivedAt: z.string().nullable(),
  archivedBy: documentActorSchema.nullable(),
  createdBy: documentActorSchema,
  createdAt: z.string(),
  versions: z.array(documentVersionSchema),
  permissions: permissionsSchema.optional(),
});
export type AgreementDocument = z.infer<typeof documentSchema>;

export const documentListSchema = z.object({ items: z.array(documentSchema) });
export type DocumentList = z.infer<typeof documentListSchema>;

/** The text fields of an upload (multipart/form-data next to `file`). */
export const uploadDocumentFieldsSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS, { message: `Kies een soort: ${DOCUMENT_KINDS.join(', ')}` }),
  documentDate: z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .pipe(partialDateSchema.nullable())
    .optional(),
  note: multiLine(z.string().trim().max(2000))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
});
export type UploadDocumentFields = z.infer<typeof uploadDocumentFieldsSchema>;

/** A new version takes only the file (and no other fields). */
export const addVersionFieldsSchema = z.strictObject({});

/** The multipart body of an upload, for the OpenAPI document. */
export const uploadDocumentBodySchema = z.object({
  file: z.string().meta({ format: 'binary', description: 'The file; its type is sniffed from the content' }),
  kind: z.enum(DOCUMENT_KINDS),
  documentDate: partialDateSchema.optional(),
  note: z.string().max(2000).optional(),
});
export const addVersionBodySchema = z.object({
  file: z.string().meta({ format: 'binary', description: 'The file; its type is sniffed from the content' }),
});

export const documentVersionParamsSchema = z.object({ id: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() });

export const documentContentQuerySchema = z.strictObject({
  disposition: z.enum(['attachment', 'inline']).default('attachment').describe('inline: shown in the browser (PDFs only, under a sandbox CSP)'),
});
