import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDateInput, type DateInputStyle } from '../dates/parse-date-input.ts';
import { findDates } from './find-dates.ts';

const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const STYLES: DateInputStyle[] = ['iso', 'dmy', 'dmy-padded', 'dmy-slash', 'long-nl', 'short-nl'];

describe('findDates', () => {
  it('finds a day written in any Dutch style inside a sentence', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...STYLES), (value, style) => {
        const written = formatDateInput(value, style);
        const found = findDates(`Deze overeenkomst treedt in werking op ${written}, zoals afgesproken.`);
        return found.length === 1 && found[0]!.value === value;
      }),
    );
  });

  it('reads a month and year at month precision, and skips impossible dates and two-digit years', () => {
    expect(findDates('geëvalueerd in juni 2025').map((d) => d.value)).toEqual(['2025-06']);
    expect(findDates('op 31 april 2024 en op 29-02-2023 en op 1-1-24')).toEqual([]);
    expect(findDates('op 29 februari 2024').map((d) => d.value)).toEqual(['2024-02-29']);
  });
});
