import type { z } from 'zod';
import { findDateProblems } from '@akkoord/shared/schemas/agreement';
import type { Translate } from '../../../lib/i18n/translate.ts';

/** The form field an issue belongs to ("noticePeriod.value" → "noticePeriod", "parties.0.organisationId" stays). */
export function fieldOfPath(path: readonly PropertyKey[]): string {
  const [head, index, leaf] = path.map(String);
  if (head === 'parties' && index !== undefined) return leaf ? `parties.${index}.${leaf}` : `parties.${index}`;
  if ((head === 'value' || head === 'wooPublication') && index !== undefined) return `${head}.${index}`;
  return head ?? '';
}

/** A schema issue in the user's language (the shared schemas speak Dutch; the UI speaks both). */
export function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  const field = fieldOfPath(issue.path);
  const raw = issue.message;
  if (field === 'title') return t('validation.titleRequired');
  if (field === 'type') return t('validation.typeRequired');
  if (field === 'alertLeadDays') return t('validation.leadDays');
  if (field === 'value.amountCents') return t('validation.amount');
  if (field.endsWith('.organisationId')) return t('validation.organisation');
  if (/ingangsdatum/.test(raw)) return t('validation.endBeforeStart');
  if (/onbepaalde tijd/.test(raw)) return t('validation.indefiniteWithEnd');
  if (/JJJJ-MM-DD met/.test(raw) && !/JJJJ, /.test(raw)) return t('validation.isoDay');
  if (/JJJJ/.test(raw)) return t('validation.partialDate');
  switch (issue.code) {
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'invalid_type':
      return issue.expected === 'number' ? t('validation.number') : t('validation.invalid');
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'number') return t('validation.range', { min: 0, max: Number(issue.maximum) });
      return t('validation.invalid');
    case 'too_small':
      if (issue.origin === 'number') return t('validation.range', { min: Number(issue.minimum), max: 1200 });
      return t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/** First message per field. */
export function errorsOf(result: z.ZodSafeParseResult<unknown>, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  if (result.success) return out;
  for (const issue of result.error.issues) {
    const field = fieldOfPath(issue.path);
    out[field] ??= issueMessage(issue, t);
  }
  return out;
}

/**
 * Field messages for a form payload: the schema's issues plus the
 * cross-field date rules, which zod only runs once every field parses
 * (the user should see them while other fields are still wrong).
 */
export function validateWith(schema: z.ZodType, payload: Record<string, unknown>, t: Translate): Record<string, string> {
  const out = errorsOf(schema.safeParse(payload), t);
  const dates = { startDate: payload.startDate as string | null, endDate: payload.endDate as string | null, termKind: payload.termKind as string | null };
  const valid = (v: string | null) => !v || !out[v];
  if (valid('startDate') && valid('endDate')) {
    for (const p of findDateProblems(dates)) {
      out[p.field] ??= issueMessage({ code: 'custom', path: [p.field], message: p.message, input: undefined } as z.core.$ZodIssue, t);
    }
  }
  return out;
}
