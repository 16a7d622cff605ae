import { AppError } from './errors.ts';

/** Opaque keyset cursor: the sort it belongs to, the last sort value and id. */
export function encodeCursor(sort: string, value: string | number, id: number): string {
  return Buffer.from(JSON.stringify([sort, value, id])).toString('base64url');
}

/** Decodes a cursor made for the same sort, or answers 400 naming `query.cursor`. */
export function decodeCursor(cursor: string, sort: string): { value: string | number; id: number } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed[0] === sort && (typeof parsed[1] === 'string' || typeof parsed[1] === 'number') && Number.isInteger(parsed[2])) {
      return { value: parsed[1], id: parsed[2] as number };
    }
  } catch {
    // fall through to the problem below
  }
  throw new AppError('bad_request', 'De cursor is ongeldig of hoort bij een andere sortering', {
    errors: [{ field: 'query.cursor', message: 'Ongeldige cursor; begin opnieuw bij de eerste pagina' }],
  });
}
