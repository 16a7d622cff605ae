import { AppError } from '../../http/errors.ts';

/** The field error code of a refused common password; the client shows its own text for it (nl/en). */
export const COMMON_PASSWORD = 'common_password';

let common: Promise<Set<string>> | undefined;

/**
 * The 49,233 most common passwords of the ten-million-password leak (xato), lower case, as
 * zxcvbn-ts ships them in `@zxcvbn-ts/language-common` (decision 035). Loaded on first use:
 * only setting a password needs them.
 */
function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then((m) => new Set(m.dictionary['passwords-common']));
  return common;
}

/** True when every character follows the one before it up or down by one ("123456789012", "abcdefghijkl"). */
function isRun(text: string): boolean {
  const step = text.charCodeAt(1) - text.charCodeAt(0);
  if (Math.abs(step) !== 1 && step !== 0) return false;
  for (let i = 2; i < text.length; i++) if (text.charCodeAt(i) - text.charCodeAt(i - 1) !== step) return false;
  return true;
}

/**
 * The forms of a password an attacker tries first: as typed (lower case), without the digits and
 * punctuation people put around a common word ("Welkom123!", "!!wachtwoord2024"), and one word
 * typed twice or more ("welkomwelkomwelkom").
 */
function guessableForms(password: string): string[] {
  const lower = password.toLowerCase();
  const stripped = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  const forms = [lower, stripped];
  const repeated = /^(.{3,}?)\1+$/.exec(lower);
  if (repeated) forms.push(repeated[1]!);
  return forms.filter((f) => f.length >= 4);
}

/** Why a new password is too easy to guess, or null. Its length is checked by the shared schema. */
export async function commonPasswordProblem(password: string): Promise<string | null> {
  const lower = password.toLowerCase();
  if (isRun(lower) || /^(.)\1*$/.test(lower)) return 'Dit wachtwoord is een reeks tekens die als eerste wordt geraden; kies een ander';
  const list = await commonPasswords();
  if (guessableForms(password).some((form) => list.has(form))) {
    return 'Dit wachtwoord (of de kern ervan) staat in de lijst van veelgebruikte en uitgelekte wachtwoorden; kies een ander';
  }
  return null;
}

/** Refuses a common or leaked password as a field error on `field` (e.g. `body.newPassword`). */
export async function refuseCommonPassword(password: string, field: string): Promise<void> {
  const problem = await commonPasswordProblem(password);
  if (problem) throw new AppError('validation_failed', 'Een of meer velden kloppen niet', { errors: [{ field, message: problem, code: COMMON_PASSWORD }] });
}
