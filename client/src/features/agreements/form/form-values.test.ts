import { describe, expect, it } from 'vitest';
import { createAgreementSchema } from '@akkoord/shared/schemas/agreement';
import { en as english } from '../../../lib/i18n/en.ts';
import { createTranslate } from '../../../lib/i18n/translate.ts';
import { changedFields, EMPTY_VALUES, toCreatePayload, toUpdatePayload, valuesFromAgreement } from './form-values.ts';
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
    expect(en).toEqual({ endDate: 'Enter a date that exists, for example 1-3-2023, March 2023 or 2023.' });
  });

  it('takes dates as Dutch people type them and sends ISO partial dates', () => {
    const payload = toCreatePayload({ ...EMPTY_VALUES, type: 'service', title: 'DVO', startDate: '1 maart 2023', endDate: '28-02-2025', reviewDate: 'mrt 2024' });
    expect(payload).toMatchObject({ startDate: '2023-03-01', endDate: '2025-02-28', reviewDate: '2024-03' });
    const bad = toCreatePayload({ ...EMPTY_VALUES, type: 'service', title: 'DVO', startDate: '31-02-2023' });
    expect(validateWith(createAgreementSchema, bad as Record<string, unknown>, t)).toEqual({ startDate: 'Vul een bestaande datum in, bijvoorbeeld 1-3-2023, maart 2023 of 2023.' });
  });

  it('shows stored dates the Dutch way and does not count that as a change', () => {
    const stored = { startDate: '2023-03-01', endDate: '2025-02', reviewDate: '2024', parties: [] } as unknown as Parameters<typeof valuesFromAgreement>[0];
    const values = valuesFromAgreement({ ...agreementStub, ...stored });
    expect([values.startDate, values.endDate, values.reviewDate]).toEqual(['01-03-2023', '02-2025', '2024']);
    expect(changedFields(values, { ...values, startDate: '1 maart 2023' })).toEqual([]);
    expect(changedFields(values, { ...values, startDate: '2 maart 2023' })).toEqual(['startDate']);
  });
});

const agreementStub = {
  type: 'service',
  title: 'DVO',
  collaborationCode: null,
  reference: null,
  legalRegime: null,
  termKind: null,
  initialTermMonths: null,
  noticePeriod: null,
  tacitRenewal: null,
  renewalPeriod: null,
  maxRenewals: null,
  alertLeadDays: null,
  ownerName: null,
  ownerEmail: null,
  deputyEmail: null,
  notes: null,
  source: null,
  workflowState: 'active',
  value: null,
  wooCategory: 'none',
  wooPublication: { state: 'not_required', publishedOn: null, url: null, grounds: [], documentVersionId: null },
} as unknown as Parameters<typeof valuesFromAgreement>[0];
