import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, isPartialDate } from './partial-date.ts';
import { DATE_INPUT_STYLES, dateInputToValue, formatDateInput, parseDateInput, toDateInputText } from './parse-date-input.ts';

const value = (text: string) => {
  const r = parseDateInput(text);
  return r.ok ? r.value : r.reason;
};

const partialDate = fc
  .tuple(fc.integer({ min: 1800, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('year', 'month', 'day'))
  .map(([y, m, d, p]) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    if (p === 'year') return String(y);
    if (p === 'month') return `${y}-${pad(m)}`;
    return `${y}-${pad(m)}-${pad(Math.min(d, daysInMonth(y, m)))}`;
  });

describe('parseDateInput', () => {
  it('reads the ways Dutch people type a date', () => {
    expect(value('2023')).toBe('2023');
    expect(value('mrt 2023')).toBe('2023-03');
    expect(value('Mrt. 2023')).toBe('2023-03');
    expect(value('maart 2023')).toBe('2023-03');
    expect(value('1-3-2023')).toBe('2023-03-01');
    expect(value('01-03-2023')).toBe('2023-03-01');
    expect(value('1/3/2023')).toBe('2023-03-01');
    expect(value('1.3.2023')).toBe('2023-03-01');
    expect(value('1 maart 2023')).toBe('2023-03-01');
    expect(value(' 1  mrt  2023 ')).toBe('2023-03-01');
    expect(value('3-2023')).toBe('2023-03');
    expect(value('1 okt 2024')).toBe('2024-10-01');
    expect(value('15 sept 2024')).toBe('2024-09-15');
  });
  it('reads ISO and English', () => {
    expect(value('2023-03-01')).toBe('2023-03-01');
    expect(value('2023-03')).toBe('2023-03');
    expect(value('1 March 2023')).toBe('2023-03-01');
    expect(value('March 1, 2023')).toBe('2023-03-01');
    expect(value('Oct 2024')).toBe('2024-10');
    expect(value('May 2024')).toBe('2024-05');
  });
  it('refuses impossible and unreadable dates with a reason', () => {
    expect(value('31-02-2023')).toBe('impossible');
    expect(value('29-2-2023')).toBe('impossible');
    expect(value('29-2-2024')).toBe('2024-02-29');
    expect(value('13-2023')).toBe('impossible');
    expect(value('1-3-23')).toBe('unrecognised');
    expect(value('1 foo 2023')).toBe('unrecognised');
    expect(value('morgen')).toBe('unrecognised');
    expect(value('  ')).toBe('empty');
    expect(value('0999')).toBe('impossible');
  });
  it('asks for a whole day where only a day will do', () => {
    expect(parseDateInput('mrt 2023', { precision: 'day' })).toEqual({ ok: false, reason: 'too_vague' });
    expect(parseDateInput('1 mrt 2023', { precision: 'day' })).toMatchObject({ ok: true, value: '2023-03-01' });
  });
  it('gives the API the partial date, the raw text when unreadable, null when empty', () => {
    expect(dateInputToValue('1-3-2023')).toBe('2023-03-01');
    expect(dateInputToValue('31-02-2023')).toBe('31-02-2023');
    expect(dateInputToValue('')).toBeNull();
  });

  it('reads back every style it writes, at the same precision (property)', () => {
    fc.assert(
      fc.property(partialDate, fc.constantFrom(...DATE_INPUT_STYLES), (date, style) => {
        const r = parseDateInput(formatDateInput(date, style));
        expect(r).toMatchObject({ ok: true, value: date });
      }),
    );
    fc.assert(
      fc.property(partialDate, (date) => {
        expect(value(toDateInputText(date))).toBe(date);
      }),
    );
  });

  it('never accepts a day that does not exist (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 40 }), (y, m, d) => {
        fc.pre(d > daysInMonth(y, m));
        for (const text of [
          `${d}-${m}-${y}`,
          `${y}-${String(m).padStart(2, '0')}-${d}`,
          `${d} ${['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'][m - 1]} ${y}`,
        ]) {
          expect(parseDateInput(text).ok).toBe(false);
        }
      }),
    );
  });

  it('whatever it accepts is a valid partial date (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const r = parseDateInput(text);
        if (r.ok) expect(isPartialDate(r.value)).toBe(true);
      }),
    );
  });
});
