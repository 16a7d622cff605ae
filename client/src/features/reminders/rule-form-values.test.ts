import { describe, expect, it } from 'vitest';
import type { AgreementReminderRule } from '@akkoord/shared/schemas/reminders';
import { formatOffsets, parseOffsets, ruleFormFrom, toRuleInput } from './rule-form-values.ts';

const rule: AgreementReminderRule = {
  agreementId: 8,
  noticeOffsets: null,
  termEndOffsets: [],
  reviewOffsets: [30],
  escalationDays: null,
  muted: false,
  effective: { noticeOffsets: [180, 90, 30, 7, 1], termEndOffsets: [], reviewOffsets: [30], escalationDays: 14 },
};

describe('reminder rule form', () => {
  it('reads offsets as typed: any separator, largest first, once each', () => {
    expect(parseOffsets(' 7, 90;30 90 ')).toEqual([90, 30, 7]);
    expect(parseOffsets('')).toBeNull();
    expect(parseOffsets('-')).toEqual([]);
    expect(parseOffsets('90, dertig')).toBeUndefined();
    expect(parseOffsets('4000')).toBeUndefined();
  });

  it('shows the general rule as blank and "none" as a dash', () => {
    expect(formatOffsets(null)).toBe('');
    expect(formatOffsets([])).toBe('-');
    expect(ruleFormFrom(rule)).toEqual({ muted: false, notice: '', termEnd: '-', review: '30', escalation: '' });
  });

  it('sends only what changed', () => {
    const values = { ...ruleFormFrom(rule), notice: '60, 14', muted: true };
    expect(toRuleInput(rule, values)).toEqual({ input: { noticeOffsets: [60, 14], muted: true }, invalid: [] });
    expect(toRuleInput(rule, ruleFormFrom(rule))).toEqual({ input: {}, invalid: [] });
  });

  it('goes back to the general rule with a blank field', () => {
    expect(toRuleInput(rule, { ...ruleFormFrom(rule), review: '', escalation: '21' }).input).toEqual({ reviewOffsets: null, escalationDays: 21 });
  });

  it('names the fields that do not parse', () => {
    expect(toRuleInput(rule, { ...ruleFormFrom(rule), termEnd: 'x', escalation: '-1' }).invalid).toEqual(['termEndOffsets', 'escalationDays']);
  });
});
