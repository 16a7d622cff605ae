import { AppError } from '../../http/errors.ts';

/** Opaque keyset cursor: the reference day and the sort key of the last alert on the page. */
export function encodeAlertCursor(on: string, sortKey: string): string {
  return Buffer.from(JSON.stringify([on, sortKey])).toString('base64url');
}

/** Decodes a cursor made for the same reference day, or answers 400 naming `query.cursor`. */
export function decodeAlertCursor(cursor: string, on: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed[0] === on && typeof parsed[1] === 'string') return parsed[1];
  } catch {
    // fall through to the problem below
  }
  throw new AppError('bad_request', 'De cursor is ongeldig of hoort bij een andere peildatum', {
    errors: [{ field: 'query.cursor', message: 'Ongeldige cursor; begin opnieuw bij de eerste pagina' }],
  });
}
