import { describe, expect, it } from 'vitest';
import { computeLifecycle } from './compute-lifecycle.ts';
import { explainAllToText, explainToText } from './explain-to-text.ts';
import type { ExplanationStep } from './explanation.ts';
import { lifecycleInput } from './test-helpers.ts';

const noticeStep: ExplanationStep = {
  kind: 'notice_deadline',
  result: '2026-09-30',
  terms: [
    { op: 'start', label: 'currentTermEnd', value: '2026-12-31' },
    { op: 'minus', label: 'noticePeriod', period: { value: 3, unit: 'month' } },
  ],
};

describe('explainToText', () => {
  it('renders the notice deadline in Dutch and English', () => {
    expect(explainToText(noticeStep, 'nl')).toBe('opzegdatum 30-09-2026 = einde looptijd 31-12-2026 − opzegtermijn 3 maanden');
    expect(explainToText(noticeStep, 'en')).toBe('notice deadline 30 September 2026 = end of term 31 December 2026 − notice period 3 months');
  });

  it('renders renewals, durations and month ends', () => {
    const renewed = computeLifecycle(
      lifecycleInput({ startDate: '2024-01-01', initialTermMonths: 36, tacitRenewal: true, renewalPeriod: { value: 1, unit: 'year' } }),
      '2029-03-01',
    );
    expect(explainAllToText(renewed.explanation, 'nl')).toEqual([
      'einde eerste looptijd 31-12-2026 = ingangsdatum 01-01-2024 + looptijd 36 maanden − 1 dag',
      'begin looptijd 01-01-2029 = einde vorige looptijd 31-12-2028 + 1 dag',
      'einde looptijd 31-12-2029 = einde eerste looptijd 31-12-2026 + 3 × verlengingstermijn 1 jaar',
      'status actief: 31-12-2029 valt buiten de signaleringstermijn van 180 dagen',
    ]);
    const february = computeLifecycle(lifecycleInput({ startDate: '2025-01-31', initialTermMonths: 1 }), '2025-02-01');
    expect(explainAllToText(february.explanation, 'en')[1]).toBe(
      'end of term 28 February 2025 = start date 31 January 2025 + term 1 month (that month has no such day: its last day)',
    );
  });

  it('says so when a date is only known to a range', () => {
    const yearOnly = computeLifecycle(
      lifecycleInput({ startDate: '2019', endDate: '2023', noticePeriod: { value: 3, unit: 'month' }, tacitRenewal: true, renewalPeriod: { value: 1, unit: 'year' } }),
      '2021-03-01',
    );
    const texts = explainAllToText(yearOnly.explanation, 'nl');
    expect(texts).toContain('opzegdatum tussen 01-10-2022 en 30-09-2023 = einde looptijd 2023 − opzegtermijn 3 maanden (niet preciezer te bepalen)');
    expect(texts).toContain('begin looptijd 2019');
  });

  it('renders status, data gaps and messages', () => {
    expect(explainToText({ kind: 'status', status: 'notice_period', reason: 'notice_deadline_passed', on: '2026-10-01', date: '2026-09-30' }, 'nl')).toBe(
      'status opzegdatum verstreken: opzegdatum 30-09-2026 is verstreken; de verlenging staat vast',
    );
    expect(explainToText({ kind: 'data_gap', missing: 'notice_period' }, 'en')).toBe('missing: notice period');
    expect(explainToText({ kind: 'message', nl: 'Financiering telt niet op', en: 'Funding does not add up' }, 'nl')).toBe('Financiering telt niet op');
    expect(explainToText({ kind: 'next_review', result: '2027-05', terms: [{ op: 'start', label: 'reviewDate', value: '2027-05' }] }, 'nl')).toBe('evaluatie mei 2027');
  });
});
