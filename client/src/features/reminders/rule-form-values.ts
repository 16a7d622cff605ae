import type { AgreementReminderRule, UpdateAgreementReminderRuleInput } from '@akkoord/shared/schemas/reminders';

/** In the form: blank = the general rule (null); "-" = no reminders for that date ([]); else days before, comma-separated. */
export const NO_OFFSETS = '-';

export function formatOffsets(list: readonly number[] | null): string {
  if (list === null) return '';
  return list.length ? list.join(', ') : NO_OFFSETS;
}

/** Parses "180, 90 30" into [180, 90, 30] (largest first, once each); null for blank; undefined when not valid. */
export function parseOffsets(text: string): number[] | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (trimmed === NO_OFFSETS) return [];
  const parts = trimmed.split(/[\s,;]+/).filter(Boolean);
  if (parts.length > 10 || parts.some((p) => !/^\d{1,4}$/.test(p) || Number(p) > 3650)) return undefined;
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

export interface RuleFormValues {
  muted: boolean;
  notice: string;
  termEnd: string;
  review: string;
  escalation: string;
}

export function ruleFormFrom(rule: AgreementReminderRule): RuleFormValues {
  return {
    muted: rule.muted,
    notice: formatOffsets(rule.noticeOffsets),
    termEnd: formatOffsets(rule.termEndOffsets),
    review: formatOffsets(rule.reviewOffsets),
    escalation: rule.escalationDays === null ? '' : String(rule.escalationDays),
  };
}

const same = (a: readonly number[] | null, b: readonly number[] | null) => (a === null || b === null ? a === b : a.join() === b.join());

export type RuleField = 'noticeOffsets' | 'termEndOffsets' | 'reviewOffsets' | 'escalationDays';

/** The PATCH body with only what changed, or the fields that do not parse. */
export function toRuleInput(rule: AgreementReminderRule, v: RuleFormValues): { input: UpdateAgreementReminderRuleInput; invalid: RuleField[] } {
  const input: UpdateAgreementReminderRuleInput = {};
  const invalid: RuleField[] = [];
  const offsets = [
    ['noticeOffsets', v.notice],
    ['termEndOffsets', v.termEnd],
    ['reviewOffsets', v.review],
  ] as const;
  for (const [field, text] of offsets) {
    const parsed = parseOffsets(text);
    if (parsed === undefined) invalid.push(field);
    else if (!same(parsed, rule[field])) input[field] = parsed;
  }
  const esc = v.escalation.trim();
  if (esc && (!/^\d{1,3}$/.test(esc) || Number(esc) > 365)) invalid.push('escalationDays');
  else {
    const days = esc ? Number(esc) : null;
    if (days !== rule.escalationDays) input.escalationDays = days;
  }
  if (v.muted !== rule.muted) input.muted = v.muted;
  return { input, invalid };
}
