import { DOCUMENT_TEXT_STATUSES, type DocumentTextStatus } from '@akkoord/shared/domain/documents';
import { isTextReason } from '@akkoord/shared/domain/text-extraction';
import type { DocumentVersionText } from '@akkoord/shared/schemas/document-text';

interface StoredVersionText {
  status: string;
  reason: string | null;
  extractedAt: string | null;
  pages: { page: number; text: string }[];
}

const isTextStatus = (v: string): v is DocumentTextStatus => (DOCUMENT_TEXT_STATUSES as readonly string[]).includes(v);

/** A version's text as it leaves the server: every page when `done`, none otherwise. */
export function presentVersionText(row: StoredVersionText): DocumentVersionText {
  const status = isTextStatus(row.status) ? row.status : 'failed';
  return {
    status,
    reason: row.reason && isTextReason(row.reason) ? row.reason : null,
    extractedAt: row.extractedAt,
    pages: status === 'done' ? row.pages : [],
  };
}
