import type { ReminderRules, UpdateReminderRulesInput } from '@akkoord/shared/schemas/reminders';

export const MAX_OFFSET_DAYS = 3650;
export const MAX_OFFSETS = 10;
export const MAX_ESCALATION_DAYS = 365;

export type RulesField = 'noticeOffsets' | 'termEndOffsets' | 'reviewOffsets' | 'escalationDays';
export const OFFSET_FIELDS = ['noticeOffsets', 'termEndOffsets', 'reviewOffsets'] as const;

/** Why a field does not parse; the form turns it into a text. */
export type RulesProblem = 'wholeNumbers' | 'offsetRange' | 'tooMany' | 'escalationRange' | 'required';

export type RulesFormValues = Record<RulesField, string>;

/** [180, 90, 30] → "180, 90, 30"; none → "" (blank means no reminders for that date). */
export function formatOffsetList(list: readonly number[]): string {
  return list.join(', ');
}

export function rulesFormFrom(rules: ReminderRules): RulesFormValues {
  return {
    noticeOffsets: formatOffsetList(rules.noticeOffsets),
    termEndOffsets: formatOffsetList(rules.termEndOffsets),
    reviewOffsets: formatOffsetList(rules.reviewOffsets),
    escalationDays: String(rules.escalationDays),
  };
}

/**
 * Reads "7, 90;30 90" as [90, 30, 7]: any separator (comma, semicolon,
 * space), whole days 0–3650, duplicates removed, largest first, at most 10.
 * Blank or "-" is an empty list: no reminders for that date.
 */
export function parseOffsetList(text: string): { value: number[] } | { problem: RulesProblem } {
  const trimmed = text.trim();
  if (!trimmed || trimmed === '-') return { value: [] };
  const parts = trimmed.split(/[\s,;]+/).filter(Boolean);
  if (parts.some((p) => !/^\d+$/.test(p))) return { problem: 'wholeNumbers' };
  const numbers = parts.map(Number);
  if (numbers.some((n) => n > MAX_OFFSET_DAYS)) return { problem: 'offsetRange' };
  const unique = [...new Set(numbers)].sort((a, b) => b - a);
  if (unique.length > MAX_OFFSETS) return { problem: 'tooMany' };
  return { value: unique };
}

/** Whole days 0–365; blank is not allowed (0 switches escalation off). */
export function parseEscalation(text: string): { value: number } | { problem: RulesProblem } {
  const trimmed = text.trim();
  if (!trimmed) return { problem: 'required' };
  if (!/^\d+$/.test(trimmed)) return { problem: 'wholeNumbers' };
  const n = Number(trimmed);
  if (n > MAX_ESCALATION_DAYS) return { problem: 'escalationRange' };
  return { value: n };
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/** The PATCH body with only what changed, and the problems of fields that do not parse. */
export function toRulesInput(rules: ReminderRules, values: RulesFormValues): { input: UpdateReminderRulesInput; problems: Partial<Record<RulesField, RulesProblem>> } {
  const input: UpdateReminderRulesInput = {};
  const problems: Partial<Record<RulesField, RulesProblem>> = {};
  for (const field of OFFSET_FIELDS) {
    const parsed = parseOffsetList(values[field]);
    if ('problem' in parsed) problems[field] = parsed.problem;
    else if (!sameList(parsed.value, rules[field])) input[field] = parsed.value;
  }
  const escalation = parseEscalation(values.escalationDays);
  if ('problem' in escalation) problems.escalationDays = escalation.problem;
  else if (escalation.value !== rules.escalationDays) input.escalationDays = escalation.value;
  return { input, problems };
}

/** Server field errors ("noticeOffsets.2") by form field. */
export function serverRulesErrors(fieldErrors: Record<string, string>): Partial<Record<RulesField, string>> {
  const out: Partial<Record<RulesField, string>> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = path.split('.')[0] as RulesField;
    if ((OFFSET_FIELDS as readonly string[]).includes(field) || field === 'escalationDays') out[field] ??= message;
  }
  return out;
}
