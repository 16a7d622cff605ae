import { describe, expect, it } from 'vitest';
import { CHAIN_MESSAGE_CODES, type ChainViolation } from './chain-violation.ts';
import { describeRelation, explainImpactPath } from './render-relation.ts';
import { renderChainViolation } from './render-violation.ts';
import { withoutOtherAgreement } from './restricted-agreement.ts';

const violation = (messageCode: ChainViolation['messageCode']): ChainViolation => ({
  rule: 'coverage_term',
  severity: 'error',
  agreementId: 1,
  otherAgreementId: 2,
  messageCode,
  params: {
    agreementTitle: 'Eigen',
    otherTitle: 'Geheim',
    certainty: 'certain',
    start: '2023',
    otherStart: '2019-03-01',
    end: '2026-01-31',
    otherEnd: '2025-06-30',
    regime: 'wpg',
    otherRegime: 'avg',
    count: 2,
  },
});

describe('a violation whose other agreement the reader may not see', () => {
  it('keeps its own params and drops every param about the other agreement', () => {
    const v = withoutOtherAgreement(violation('ends_after_cover'));
    expect(v.otherRestricted).toBe(true);
    expect(v.otherAgreementId).toBe(2);
    expect(v.params).toEqual({ agreementTitle: 'Eigen', certainty: 'certain', start: '2023', end: '2026-01-31', regime: 'wpg', count: 2 });
  });

  it('is explained for every message code in both languages without the other’s title, dates or regime', () => {
    for (const code of CHAIN_MESSAGE_CODES) {
      const v = withoutOtherAgreement(violation(code));
      for (const locale of ['nl', 'en'] as const) {
        const text = renderChainViolation(v, locale);
        expect(text, `${code} ${locale}`).toContain('‘Eigen’');
        expect(text, `${code} ${locale}`).not.toMatch(/Geheim|2019|2025|de AVG|the GDPR|undefined|\?’/);
      }
    }
    expect(renderChainViolation(withoutOtherAgreement(violation('ends_after_cover')), 'nl')).toBe(
      '‘Eigen’ (einde 31 januari 2026) loopt langer dan de overeenkomst die haar dekt; die valt buiten uw samenwerkingsverbanden. Regel: looptijd valt binnen die van de dekkende overeenkomst.',
    );
  });

  it('reads as before when the reader may see both', () => {
    expect(renderChainViolation(violation('ends_after_cover'), 'en')).toContain('‘Geheim’ (end 30 June 2025)');
  });
});

describe('relations with an agreement the reader may not see', () => {
  it('name it by its number instead of its title', () => {
    expect(describeRelation({ sourceId: 7, kind: 'covers', targetId: 3, sourceTitle: null, targetTitle: 'Sub' }, 'nl')).toBe(
      'een overeenkomst buiten uw samenwerkingsverbanden (nr. 7) dekt ‘Sub’',
    );
    expect(explainImpactPath('DVO', [{ sourceId: 9, kind: 'based_on', targetId: 1, sourceTitle: null, targetTitle: 'DVO' }], 'en')).toBe(
      'Loses its basis when ‘DVO’ ends: an agreement outside your collaborations (no. 9) is based on ‘DVO’.',
    );
  });
});
