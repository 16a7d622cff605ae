import { ExtractionError, type ExtractionOutcome, type ExtractionRequest } from './extraction-protocol.ts';

/** Reads one file by its sniffed media type (each reader loaded only when needed: the process starts faster); a file that cannot be read answers `failed` with its reason. */
export async function extractFile(req: ExtractionRequest): Promise<ExtractionOutcome> {
  const type = req.mediaType.split(';')[0]!.trim().toLowerCase();
  try {
    if (type === 'application/pdf') return await (await import('./extract-pdf.ts')).extractPdf(req);
    if (type.includes('wordprocessingml.document')) return await (await import('./extract-office.ts')).extractOffice(req, 'docx');
    if (type === 'application/vnd.oasis.opendocument.text') return await (await import('./extract-office.ts')).extractOffice(req, 'odt');
    if (type.includes('spreadsheetml.sheet')) return await (await import('./extract-office.ts')).extractOffice(req, 'xlsx');
    if (type === 'image/png' || type === 'image/jpeg' || type === 'image/tiff') return await (await import('./extract-image.ts')).extractImage(req);
    if (type === 'text/plain') return await (await import('./extract-plain-text.ts')).extractPlainText(req);
    if (type === 'message/rfc822') return await (await import('./extract-email.ts')).extractEmail(req);
    return { status: 'no_text_layer', reason: 'unsupported_type', pages: [] };
  } catch (err) {
    // The detail goes to the server's log with the outcome: why a file was found malformed.
    const detail = (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 500);
    if (err instanceof ExtractionError) return { status: 'failed', reason: err.reason, pages: [], detail };
    if (err instanceof RangeError && /allocation|buffer|array length|string length/i.test(err.message)) return { status: 'failed', reason: 'memory_limit', pages: [], detail };
    return { status: 'failed', reason: 'malformed', pages: [], detail };
  }
}
