import { extractEmail } from './extract-email.ts';
import { extractImage } from './extract-image.ts';
import { extractOffice } from './extract-office.ts';
import { extractPdf } from './extract-pdf.ts';
import { extractPlainText } from './extract-plain-text.ts';
import { ExtractionError, type ExtractionOutcome, type ExtractionRequest } from './extraction-protocol.ts';

/** Reads one file by its sniffed media type; a file that cannot be read answers `failed` with its reason. */
export async function extractFile(req: ExtractionRequest): Promise<ExtractionOutcome> {
  const type = req.mediaType.split(';')[0]!.trim().toLowerCase();
  try {
    if (type === 'application/pdf') return await extractPdf(req);
    if (type.includes('wordprocessingml.document')) return await extractOffice(req, 'docx');
    if (type === 'application/vnd.oasis.opendocument.text') return await extractOffice(req, 'odt');
    if (type.includes('spreadsheetml.sheet')) return await extractOffice(req, 'xlsx');
    if (type === 'image/png' || type === 'image/jpeg' || type === 'image/tiff') return await extractImage(req);
    if (type === 'text/plain') return await extractPlainText(req);
    if (type === 'message/rfc822') return await extractEmail(req);
    return { status: 'no_text_layer', reason: 'unsupported_type', pages: [] };
  } catch (err) {
    // On stderr, which the server logs with the job: why a file was found malformed.
    console.error(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
    if (err instanceof ExtractionError) return { status: 'failed', reason: err.reason, pages: [] };
    if (err instanceof RangeError && /allocation|buffer|array length|string length/i.test(err.message)) return { status: 'failed', reason: 'memory_limit', pages: [] };
    return { status: 'failed', reason: 'malformed', pages: [] };
  }
}
