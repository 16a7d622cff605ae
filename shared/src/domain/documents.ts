/** Codes of documents on agreements (issue #13; decisions 043–044). */

/** What a document is to its agreement. */
export const DOCUMENT_KINDS = ['signed_copy', 'draft', 'annex', 'amendment', 'correspondence', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Where the text extraction of a version stands; every version starts `pending`. */
export const DOCUMENT_TEXT_STATUSES = ['pending', 'done', 'no_text_layer', 'failed'] as const;
export type DocumentTextStatus = (typeof DOCUMENT_TEXT_STATUSES)[number];

/** The media types the server accepts, as sniffed from the bytes (never from the name or the request). */
export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'text/plain',
  'message/rfc822',
] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** Whether a text is one of the document kinds. */
export const isDocumentKind = (v: string): v is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(v);
