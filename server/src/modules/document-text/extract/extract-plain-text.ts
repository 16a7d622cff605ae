import fs from 'node:fs/promises';
import { cleanPageText, TextBudget } from './clean-text.ts';
import { ExtractionError, type ExtractionOutcome, type ExtractionRequest } from './extraction-protocol.ts';

/** A text file's characters: UTF-8 (or UTF-16 with its byte-order mark); anything else is read as Windows-1252, as older Dutch files are. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A plain-text file: pages where it has form feeds, otherwise one page. */
export async function extractPlainText(req: ExtractionRequest): Promise<ExtractionOutcome> {
  const text = decodeText(await fs.readFile(req.file));
  const raw = text.split('\f');
  if (raw.length > 1 && !raw[raw.length - 1]!.trim()) raw.pop();
  if (raw.length > req.limits.maxPages) throw new ExtractionError('too_many_pages', `${raw.length} pages`);
  const budget = new TextBudget(req.limits.maxTextChars);
  const pages = raw.map((p) => budget.take(cleanPageText(p)));
  if (!pages.some((p) => p.length > 0)) return { status: 'no_text_layer', reason: 'no_text_found', pages: [] };
  return { status: 'done', reason: null, pages };
}
