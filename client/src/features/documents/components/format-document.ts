import { formatNumber } from '../../../lib/format/numbers.ts';
import type { Translate } from '../../../lib/i18n/translate.ts';
import type { Language } from '../../../lib/i18n/types.ts';

/** A file size as people read it: "812 B", "48,3 kB", "2,1 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number, lang: Language): string {
  if (bytes < 1000) return `${formatNumber(bytes, lang, 0)} B`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, lang, 1)} kB`;
  return `${formatNumber(bytes / 1_000_000, lang, 1)} MB`;
}

/** The first 12 hex digits of a SHA-256: enough to tell versions apart by eye. */
export const shortHash = (sha256: string) => sha256.slice(0, 12);

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/tiff': 'TIFF',
};

/** A media type in a word: "PDF", "DOCX", "tekst", "e-mail"; an unknown one as it is. */
export function mediaTypeName(mediaType: string, t: Translate): string {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/plain') return t('documents.type.text');
  if (type === 'message/rfc822') return t('documents.type.email');
  return TYPE_NAMES[type] ?? type;
}

/** Only PDFs are shown inline (the browser's own viewer); everything else is downloaded. */
export const isPdf = (mediaType: string) => mediaType.split(';')[0]!.trim().toLowerCase() === 'application/pdf';
