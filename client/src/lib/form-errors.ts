import type { z } from 'zod';
import { ApiError, isPasswordChangeRequired, NetworkError } from './api-client.ts';
import type { MessageKey } from './i18n/nl.ts';
import type { Translate } from './i18n/translate.ts';

/** Field error codes the server sends (or shared schemas raise) that the client words itself, in nl or en. */
const ISSUE_TEXT: Partial<Record<string, Extract<MessageKey, 'validation.commonPassword' | 'validation.controlCharacters'>>> = {
  common_password: 'validation.commonPassword',
  control_characters: 'validation.controlCharacters',
};

/**
 * A schema issue in the user's language. The shared zod schemas speak Dutch;
 * the forms of the account screens map each issue to a `validation.*` text.
 */
export function issueText(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'invalid_type':
      return issue.expected === 'number' ? t('validation.number') : t('validation.invalid');
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('validation.filled') : t('validation.tooShort', { min: Number(issue.minimum) });
      if (issue.origin === 'array') return t('validation.chooseOne');
      return t('validation.invalid');
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: Number(issue.maximum) });
      return t('validation.invalid');
    case 'custom': {
      const key = typeof issue.params?.reason === 'string' ? ISSUE_TEXT[issue.params.reason] : undefined;
      return key ? t(key) : t('validation.invalid');
    }
    default:
      return t('validation.invalid');
  }
}

/** The first message per top-level field of a failed parse; empty when it parsed. */
export function fieldErrorsOf(result: z.ZodSafeParseResult<unknown>, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  if (result.success) return out;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    out[field] ??= issueText(issue, t);
  }
  return out;
}

/**
 * Field messages the server sent, or none for other errors: as sent (Dutch), except those whose
 * code the client words itself in the user's language (with `t`).
 */
export function serverFieldErrors(error: unknown, t?: Translate): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out = error.fieldErrors();
  if (!t) return out;
  for (const e of error.problem?.errors ?? []) {
    const key = e.code ? ISSUE_TEXT[e.code] : undefined;
    if (key) out[e.field.replace(/^(body|query|params)\./, '')] = t(key);
  }
  return out;
}

/**
 * The message of a failed write for an alert next to the form: the server's
 * own problem text for refusals it explains (409 conflict, 400 with a
 * detail), else the generic text.
 */
export function problemText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (isPasswordChangeRequired(error)) return t('error.passwordChangeRequired');
    if (error.status === 403) return t('error.forbidden');
    if (error.status === 429) return t('session.signIn.locked');
    if (error.problem?.detail && !error.problem.errors?.length) return error.problem.detail;
    if (error.problem?.errors?.length) return t('validation.fixErrors');
  }
  if (error instanceof NetworkError) return t('error.network');
  return t('validation.writeFailed');
}
