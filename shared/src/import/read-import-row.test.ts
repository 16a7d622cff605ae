import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateInput, DATE_INPUT_STYLES } from '../dates/parse-date-input.ts';
import { isPartialDate } from '../dates/partial-date.ts';
import { excelSerialToDay, readDateCell, readPeriodCell, readTypeCell, readYesNoCell, isUnknownText } from './read-cell.ts';
import { readImportRow } from './read-import-row.ts';
import { headerSetKey, suggestMapping } from './suggest-mapping.ts';

describe('cells as a hand-kept spreadsheet holds them', () => {
  it('keeps "2019" a year, reads Dutch months and day-month-year, and turns Excel day numbers into dates', () => {
    expect(readDateCell('2019')).toEqual({ ok: true, value: '2019' });
    expect(readDateCell('mrt 2020')).toEqual({ ok: true, value: '2020-03' });
    expect(readDateCell('1-1-2021')).toEqual({ ok: true, value: '2021-01-01' });
    expect(readDateCell('43831')).toEqual({ ok: true, value: '2020-01-01' });
    expect(readDateCell('2021-01-01T00:00:00.000Z')).toEqual({ ok: true, value: '2021-01-01' });
    expect(readDateCell('31-02-2021')).toMatchObject({ ok: false, code: 'impossible_date' });
    expect(readDateCell('binnenkort')).toMatchObject({ ok: false, code: 'unrecognised_date' });
  });

  it('leaves n.v.t., onbekend and empty cells unknown', () => {
    for (const t of ['', '  ', 'n.v.t.', 'N.V.T', 'nvt', 'onbekend', 'Onbekend', 'n/a', '-', '?']) {
      expect(isUnknownText(t), t).toBe(true);
      expect(readDateCell(t), t).toEqual({ ok: true, value: null });
      expect(readPeriodCell(t), t).toEqual({ ok: true, value: null });
      expect(readYesNoCell(t), t).toEqual({ ok: true, value: null });
    }
  });

  it('reads periods, types and yes/no in Dutch and English', () => {
    expect(readPeriodCell('3 maanden')).toEqual({ ok: true, value: { value: 3, unit: 'month' } });
    expect(readPeriodCell('1 jaar')).toEqual({ ok: true, value: { value: 1, unit: 'year' } });
    expect(readPeriodCell('6 weeks')).toEqual({ ok: true, value: { value: 6, unit: 'week' } });
    expect(readPeriodCell('3 mnd.')).toEqual({ ok: true, value: { value: 3, unit: 'month' } });
    expect(readPeriodCell('drie')).toMatchObject({ ok: false, code: 'unrecognised_period' });
    const types = {
      dienstverleningsovereenkomst: 'service',
      DVO: 'service',
      verwerkersovereenkomst: 'processor',
      Subverwerkersovereenkomst: 'subprocessor',
      convenant: 'cooperation',
      samenwerkingsovereenkomst: 'cooperation',
      privacyconvenant: 'privacy',
      Bestuursovereenkomst: 'governance',
      'Data processing agreement': 'processor',
    };
    for (const [text, type] of Object.entries(types)) expect(readTypeCell(text), text).toEqual({ ok: true, value: type });
    expect(readTypeCell('huurcontract')).toMatchObject({ ok: false, code: 'unknown_type' });
    expect(readYesNoCell('ja, telkens 1 jaar')).toEqual({ ok: true, value: { yes: true, period: { value: 1, unit: 'year' } } });
    expect(readYesNoCell('Nee')).toEqual({ ok: true, value: { yes: false, period: null } });
    expect(readYesNoCell('yes')).toEqual({ ok: true, value: { yes: true, period: null } });
    expect(readYesNoCell('misschien')).toMatchObject({ ok: false, code: 'unknown_value' });
  });

  it('property: every style the date field writes reads back unchanged, and whatever an Excel day number gives is a real day', () => {
    const partial = fc
      .tuple(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom(4, 7, 10))
      .map(([y, m, d, len]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`.slice(0, len));
    fc.assert(
      fc.property(partial, fc.constantFrom(...DATE_INPUT_STYLES), (value, style) => {
        expect(readDateCell(formatDateInput(value, style))).toEqual({ ok: true, value });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 99_999 }), (serial) => {
        const day = excelSerialToDay(serial);
        expect(day !== null && isPartialDate(day)).toBe(true);
      }),
    );
  });
});

describe('readImportRow', () => {
  const columns = ['Titel', 'Soort', 'Ingangsdatum', 'Einddatum', 'Opzegtermijn', 'Stilzwijgende verlenging', 'Partijen'];
  const mapping = suggestMapping(columns);

  it('suggests the mapping from Dutch and English headers, whatever their order or case', () => {
    expect(mapping).toEqual({
      Titel: 'title',
      Soort: 'type',
      Ingangsdatum: 'startDate',
      Einddatum: 'endDate',
      Opzegtermijn: 'noticePeriod',
      'Stilzwijgende verlenging': 'tacitRenewal',
      Partijen: 'parties',
    });
    expect(suggestMapping(['Title', 'Start date', 'Notice period', 'Mystery'])).toEqual({
      Title: 'title',
      'Start date': 'startDate',
      'Notice period': 'noticePeriod',
      Mystery: null,
    });
    expect(headerSetKey(['B', 'a'])).toBe(headerSetKey(['A ', 'b']));
  });

  it('reads a good row, renewal period from "ja, telkens 1 jaar" included', () => {
    const r = readImportRow(columns, ['DVO meldkamer', 'DVO', '2019', '', '3 maanden', 'ja, telkens 1 jaar', 'Gemeente Enschede; Politie Oost-Nederland'], mapping, {
      collaborationCode: 'rtr',
    });
    expect(r.errors).toEqual([]);
    expect(r.values).toMatchObject({
      title: 'DVO meldkamer',
      type: 'service',
      startDate: '2019',
      endDate: null,
      noticePeriod: { value: 3, unit: 'month' },
      tacitRenewal: true,
      renewalPeriod: { value: 1, unit: 'year' },
      collaborationCode: 'RTR',
      partyNames: [
        { name: 'Gemeente Enschede', role: 'party' },
        { name: 'Politie Oost-Nederland', role: 'party' },
      ],
    });
  });

  it('names every bad field with its column, and lets the shared schema decide the rest', () => {
    const r = readImportRow(columns, ['', 'huur', '1-1-2022', '2020', 'drie', 'misschien', ''], mapping);
    expect(r.errors.map((e) => [e.field, e.column, e.code])).toEqual([
      ['type', 'Soort', 'unknown_type'],
      ['noticePeriod', 'Opzegtermijn', 'unrecognised_period'],
      ['tacitRenewal', 'Stilzwijgende verlenging', 'unknown_value'],
      ['title', 'Titel', 'required'],
      ['endDate', 'Einddatum', 'invalid'],
    ]);
  });
});
