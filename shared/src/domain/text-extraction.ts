/**
 * The vocabulary of text extraction (issue 13, item 5; decision 045): the
 * states of a document version's text and the reasons the server gives when
 * a version has no (or not all of its) text. Stored in
 * `document_versions.text_status` / `text_reason`, sent by
 * `GET /api/documents/:id/versions/:version/text`, and worded by the client.
 */

// The statuses themselves (`pending`, `done`, `no_text_layer`, `failed`) are DOCUMENT_TEXT_STATUSES in ./documents.ts.

/** Why a version has no text, or why some of its pages have none. */
export const TEXT_REASONS = [
  /** A scan or an image, and tesseract (with Dutch) is not installed on the server. */
  'ocr_unavailable',
  /** Done, but some pages are scans that were not read because tesseract is not installed. */
  'some_pages_ocr_unavailable',
  /** OCR ran (or the file has no images to read) and found no text. */
  'no_text_found',
  /** A type Akkoord keeps but does not read (e.g. a spreadsheet it cannot open as such). */
  'unsupported_type',
  /** Protected by a password. */
  'encrypted',
  /** Damaged or not what its type says. */
  'malformed',
  /** More pages than the server reads (DOCUMENT_TEXT_MAX_PAGES). */
  'too_many_pages',
  /** Unpacks to more than the server reads (a zip bomb), or holds more text than it keeps. */
  'too_large',
  /** Reading took longer than the time limit (DOCUMENT_TEXT_TIMEOUT_SECONDS). */
  'timeout',
  /** Reading needed more memory than the limit (DOCUMENT_TEXT_MEMORY_MB). */
  'memory_limit',
  /** The reading process stopped unexpectedly. */
  'crashed',
  /** The stored file is missing. */
  'file_missing',
] as const;
export type TextReason = (typeof TEXT_REASONS)[number];

/** Whether a stored text is one of the reasons (rows written before a reason was added stay readable). */
export const isTextReason = (v: string): v is TextReason => (TEXT_REASONS as readonly string[]).includes(v);
