import { AppError } from '../../http/errors.ts';
import type { HitKind, SearchKeyset } from './search.repo.ts';

/** Opaque cursor of a search page: the last hit's score, kind and rowid. */
export function encodeSearchCursor(k: SearchKeyset): string {
  return Buffer.from(JSON.stringify(['search', k.score, k.kind, k.id])).toString('base64url');
}

/** Decodes a search cursor, or answers 400 naming `query.cursor`. */
export function decodeSearchCursor(cursor: string): SearchKeyset {
  try {
    const p: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(p) && p.length === 4 && p[0] === 'search' && Number.isFinite(p[1]) && (p[2] === 0 || p[2] === 1) && Number.isSafeInteger(p[3])) {
      return { score: p[1] as number, kind: p[2] as HitKind, id: p[3] as number };
    }
  } catch {
    // fall through to the problem below
  }
  throw new AppError('bad_request', 'De cursor is ongeldig; begin opnieuw bij de eerste pagina', {
    errors: [{ field: 'query.cursor', message: 'Ongeldige cursor; begin opnieuw bij de eerste pagina' }],
  });
}
