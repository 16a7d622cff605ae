import { z } from 'zod';
import { DOCUMENT_KINDS, DOCUMENT_TEXT_STATUSES } from '@akkoord/shared/domain/documents';

export { DOCUMENT_KINDS, type DocumentKind, type DocumentTextStatus } from '@akkoord/shared/domain/documents';

// Until the documents module lands its shared schemas, the shapes of issue #13 as the panel reads them.

export const documentVersionSchema = z.object({
  version: z.number().int(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  mediaType: z.string(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  textStatus: z.enum(DOCUMENT_TEXT_STATUSES),
  textReason: z.string().nullable(),
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

export const documentSchema = z.object({
  id: z.number().int(),
  agreementId: z.number().int(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  documentDate: z.string().nullable(),
  note: z.string().nullable(),
  archived: z.boolean(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  versions: z.array(documentVersionSchema),
  permissions: z.record(z.string(), z.boolean()).optional(),
});
export type AgreementDocument = z.infer<typeof documentSchema>;

export const documentListSchema = z.object({ items: z.array(documentSchema) });
export type DocumentList = z.infer<typeof documentListSchema>;

export const documentTextSchema = z.object({
  status: z.enum(DOCUMENT_TEXT_STATUSES),
  pages: z.array(z.object({ page: z.number().int(), text: z.string() })),
});
export type DocumentText = z.infer<typeof documentTextSchema>;
