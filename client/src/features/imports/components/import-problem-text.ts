import { ApiError } from '../../../lib/api-client.ts';
import { problemText } from '../../../lib/form-errors.ts';
import type { Translate } from '../../../lib/i18n/translate.ts';

/** The server's own sentence about a refused file or mapping (it says what is wrong with the file), else the usual text. */
export function importProblemText(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.status !== 403 && error.problem?.detail) return error.problem.detail;
  return problemText(error, t);
}
