import { cleanPageText, TextBudget } from './clean-text.ts';
import { ExtractionError, type ExtractionOutcome, type ExtractionRequest } from './extraction-protocol.ts';
import { ocrImage } from './ocr.ts';

/** A scan as an image (PNG, JPEG, TIFF; a TIFF may hold several pages): read by tesseract, or `no_text_layer` without it. */
export async function extractImage(req: ExtractionRequest): Promise<ExtractionOutcome> {
  if (!req.ocr) return { status: 'no_text_layer', reason: 'ocr_unavailable', pages: [] };
  const raw = await ocrImage(req.file, req.ocr, req.limits.memoryMb);
  if (raw.length > req.limits.maxPages) throw new ExtractionError('too_many_pages', `${raw.length} pages`);
  const budget = new TextBudget(req.limits.maxTextChars);
  const pages = raw.map((p) => budget.take(cleanPageText(p)));
  if (!pages.some((p) => p.length > 0)) return { status: 'no_text_layer', reason: 'no_text_found', pages: [] };
  return { status: 'done', reason: null, pages };
}
