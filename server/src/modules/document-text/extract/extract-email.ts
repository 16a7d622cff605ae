import fs from 'node:fs';
import { simpleParser, type AddressObject } from 'mailparser';
import { cleanPageText, TextBudget } from './clean-text.ts';
import { ExtractionError, type ExtractionOutcome, type ExtractionRequest } from './extraction-protocol.ts';

const addresses = (a: AddressObject | AddressObject[] | undefined) => (a ? (Array.isArray(a) ? a.map((x) => x.text).join(', ') : a.text) : '');

/**
 * An e-mail (EML) as one page: its headers From, To, Cc, Date and Subject,
 * then its plain-text body (or the text of its HTML body when it has no plain
 * one), then the names of its attachments, which are not read themselves.
 */
export async function extractEmail(req: ExtractionRequest): Promise<ExtractionOutcome> {
  let mail;
  try {
    mail = await simpleParser(fs.createReadStream(req.file), { skipImageLinks: true, skipTextToHtml: true, maxHtmlLengthToParse: 5_000_000 });
  } catch (err) {
    throw new ExtractionError('malformed', `e-mail: ${(err as Error).message}`);
  }
  const headers = [
    ['Van', addresses(mail.from)],
    ['Aan', addresses(mail.to)],
    ['Cc', addresses(mail.cc)],
    ['Datum', mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : ''],
    ['Onderwerp', mail.subject ?? ''],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${v}`);
  const body = mail.text ?? (typeof mail.html === 'string' ? mail.html.replace(/<[^>]*>/g, ' ') : '');
  const attachments = mail.attachments.map((a) => a.filename).filter(Boolean);
  const text = [headers.join('\n'), body, attachments.length ? `Bijlagen: ${attachments.join(', ')}` : ''].filter(Boolean).join('\n\n');
  const page = new TextBudget(req.limits.maxTextChars).take(cleanPageText(text));
  if (!page) return { status: 'no_text_layer', reason: 'no_text_found', pages: [] };
  return { status: 'done', reason: null, pages: [page] };
}
