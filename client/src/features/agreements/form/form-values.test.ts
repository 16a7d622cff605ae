import { describe, expect, it } from 'vitest';
import { createAgreementSchema } from '@akkoord/shared/schemas/agreement';
import { en as english } from '../../../lib/i18n/en.ts';
import { createTranslate } from '../../../lib/i18n/translate.ts';
import { changedFields, EMPTY_VALUES, toCreatePayload, toUpdatePayload } from './form-values.ts';
import { errorsOf, validateWith } from './validation.ts';

const t = createTranslate('nl');

describe('agreement form values', () => {
  it('creates with only the known facts', () => {
    const payload = toCreatePayload({ ...EMPTY_VALUES, type: 'processor', title: 'VWO', startDate: '2023', noticeValue: '3', noticeUnit: 'month' });
    expect(payload).toEqual({ type: 'processor', title: 'VWO', startDate: '2023', noticePeriod: { value: 3, unit: 'month' }, parties: [], workflowState: 'active' });
    expect(createAgreementSchema.safeParse(payload).success).toBe(true);
  });

  it('updates only what changed, with the version', () => {
    const before = { ...EMPTY_VALUES, type: 'service', title: 'DVO' };
    const after = { ...before, reference: 'DVO-1' };
    expect(changedFields(before, after)).toEqual(['reference']);
    expect(toUpdatePayload(before, after, 4)).toEqual({ version: 4, reference: 'DVO-1' });
  });

  it('turns schema issues into field messages in the interface language', () => {
    const payload = toCreatePayload({ ...EMPTY_VALUES, type: 'service', title: ' ', startDate: '2023', endDate: '2021', ownerEmail: 'nope', noticeValue: 'x' });
    expect(validateWith(createAgreementSchema, payload as Record<string, unknown>, t)).toEqual({
      title: 'Vul een titel in.',
      endDate: 'De einddatum ligt vóór de ingangsdatum.',
      ownerEmail: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
      noticePeriod: 'Vul een heel getal in.',
    });
    const en = errorsOf(createAgreementSchema.safeParse(toCreatePayload({ ...EMPTY_VALUES, type: 'service', title: 'x', endDate: '2023-13' })), createTranslate('en', english));
    expect(en).toEqual({ endDate: 'Use YYYY, YYYY-MM or YYYY-MM-DD with a date that exists.' });
  });
});
