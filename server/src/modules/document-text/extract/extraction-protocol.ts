import type { TextReason } from '@akkoord/shared/domain/text-extraction';

/** How tesseract is run for scans and images: its binary and the language(s) it reads (`nld`, or `eng` without the Dutch data). */
export interface OcrSetup {
  command: string;
  languages: string;
}

/** Limits of one extraction (decision 046). */
export interface ExtractionLimits {
  /** Wall-clock limit of the whole extraction, OCR included; the process group is killed after it. */
  timeoutMs: number;
  /** Resident memory of the extraction process (and each tesseract run) it may not exceed. */
  memoryMb: number;
  /** A file with more pages fails as `too_many_pages`. */
  maxPages: number;
  /** A file with more text than this (in characters, all pages) fails as `too_large`. */
  maxTextChars: number;
  /** An entry of a DOCX/ODT/XLSX that unpacks to more bytes fails as `too_large` (zip bombs). */
  maxEntryBytes: number;
  /** Images larger than this (pixels) are not decoded for OCR. */
  maxImagePixels: number;
}

/** What the server sends the extraction process: one file to read. */
export interface ExtractionRequest {
  file: string;
  mediaType: string;
  /** null: no OCR on this server. */
  ocr: OcrSetup | null;
  /** A folder of its own for page images; the server removes it afterwards. */
  workDir: string;
  limits: ExtractionLimits;
}

/** The outcome of one extraction: text per page (page 1 first) when `done`. */
export interface ExtractionOutcome {
  status: 'done' | 'no_text_layer' | 'failed';
  reason: TextReason | null;
  pages: string[];
  /** For the server's log only: what the parser said when it failed. */
  detail?: string;
}

/** A file that cannot be read, with the reason the version gets. */
export class ExtractionError extends Error {
  constructor(
    readonly reason: TextReason,
    message: string,
  ) {
    super(message);
  }
}
