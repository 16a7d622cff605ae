import { describe, expect, it } from 'vitest';
import type { ReminderRules } from '@akkoord/shared/schemas/reminders';
import { parseEscalation, parseOffsetList, rulesFormFrom, serverRulesErrors, toRulesInput } from './rules-form-values.ts';

const rules: ReminderRules = { noticeOffsets: [180, 90, 30, 7, 1], termEndOffsets: [90, 30], reviewOffsets: [], escalationDays: 14 };

describe('global reminder rules form', () => {
  it('reads offsets with any separator, drops duplicates and sorts largest first', () => {
    expect(parseOffsetList(' 7, 90;30 90 ')).toEqual({ value: [90, 30, 7] });
    expect(parseOffsetList('0')).toEqual({ value: [0] });
    expect(parseOffsetList('')).toEqual({ value: [] });
    expect(parseOffsetList(' - ')).toEqual({ value: [] });
  });

  it('refuses fractions, negatives, words, too large and too many', () => {
    expect(parseOffsetList('90, 7.5')).toEqual({ problem: 'wholeNumbers' });
    expect(parseOffsetList('-3')).toEqual({ problem: 'wholeNumbers' });
    expect(parseOffsetList('dertig')).toEqual({ problem: 'wholeNumbers' });
    expect(parseOffsetList('3651')).toEqual({ problem: 'offsetRange' });
    expect(parseOffsetList('3650')).toEqual({ value: [3650] });
    expect(parseOffsetList('1 2 3 4 5 6 7 8 9 10 11')).toEqual({ problem: 'tooMany' });
    expect(parseOffsetList('1 1 2 3 4 5 6 7 8 9 10')).toEqual({ value: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1] });
  });

  it('wants the escalation as whole days 0–365', () => {
    expect(parseEscalation(' 21 ')).toEqual({ value: 21 });
    expect(parseEscalation('0')).toEqual({ value: 0 });
    expect(parseEscalation('')).toEqual({ problem: 'required' });
    expect(parseEscalation('2,5')).toEqual({ problem: 'wholeNumbers' });
    expect(parseEscalation('366')).toEqual({ problem: 'escalationRange' });
  });

  it('shows the rules as typed text and sends only what changed', () => {
    const values = rulesFormFrom(rules);
    expect(values).toEqual({ noticeOffsets: '180, 90, 30, 7, 1', termEndOffsets: '90, 30', reviewOffsets: '', escalationDays: '14' });
    expect(toRulesInput(rules, values)).toEqual({ input: {}, problems: {} });
    expect(toRulesInput(rules, { ...values, noticeOffsets: '30 180 90 30', reviewOffsets: '60', escalationDays: '7' })).toEqual({
      input: { noticeOffsets: [180, 90, 30], reviewOffsets: [60], escalationDays: 7 },
      problems: {},
    });
  });

  it('names every field that does not parse', () => {
    expect(toRulesInput(rules, { ...rulesFormFrom(rules), termEndOffsets: 'x', escalationDays: '400' }).problems).toEqual({
      termEndOffsets: 'wholeNumbers',
      escalationDays: 'escalationRange',
    });
  });

  it("puts the server's field errors on the form field", () => {
    expect(serverRulesErrors({ 'noticeOffsets.2': 'Te groot', escalationDays: 'Te klein', other: 'x' })).toEqual({ noticeOffsets: 'Te groot', escalationDays: 'Te klein' });
  });
});
