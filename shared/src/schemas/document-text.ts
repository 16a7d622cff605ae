import { z } from 'zod';
import { DOCUMENT_TEXT_STATUSES } from '../domain/documents.ts';
import { TEXT_REASONS } from '../domain/text-extraction.ts';

/** Path parameters of a document version: the document's id and the version's number (1, 2, …). */
export const documentVersionParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

/** One page of a version's text (1-based page numbers; a page without text has an empty `text`). */
export const documentPageTextSchema = z.object({ page: z.number().int().positive(), text: z.string() });

/** The text of one document version as extraction left it (issue 13, item 5). */
export const documentVersionTextSchema = z.object({
  status: z.enum(DOCUMENT_TEXT_STATUSES).describe('`pending` until extracted; `no_text_layer`: a scan or image without OCR, or OCR read nothing; `failed`: see `reason`'),
  reason: z
    .enum(TEXT_REASONS)
    .nullable()
    .describe('Why there is no text (or not on every page): set with `no_text_layer` and `failed`, and with `done` when some scanned pages were not read'),
  extractedAt: z.string().nullable().describe('When extraction finished (ISO 8601); null while pending'),
  pages: z.array(documentPageTextSchema).describe('Every page in order when `done`; empty otherwise'),
});
export type DocumentVersionText = z.infer<typeof documentVersionTextSchema>;
