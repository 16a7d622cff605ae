import { describe, expect, it } from 'vitest';
import { rtrChain } from './chain-fixtures.ts';
import { CHAIN_MESSAGE_CODES } from './chain-violation.ts';
import type { ChainViolation } from './chain-violation.ts';
import { evaluateChainRules } from './evaluate-chain-rules.ts';
import { renderChainViolation } from './render-violation.ts';

describe('renderChainViolation', () => {
  const [startsBefore] = evaluateChainRules(rtrChain({ startDate: '2023-05' }, { startDate: '2023' }), 20);

  it('names both agreements and the rule in Dutch', () => {
    expect(renderChainViolation(startsBefore!, 'nl')).toBe(
      '‘Subverwerkersovereenkomst VRT en RJ Security’ (ingang 2023) begint mogelijk vóór ‘Verwerkersovereenkomst politie en VRT’ (ingang mei 2023), die haar dekt. ' +
        'Regel: looptijd valt binnen die van de dekkende overeenkomst.',
    );
  });

  it('names both agreements and the rule in English', () => {
    expect(renderChainViolation(startsBefore!, 'en')).toBe(
      '‘Subverwerkersovereenkomst VRT en RJ Security’ (start 2023) may start before ‘Verwerkersovereenkomst politie en VRT’ (start May 2023), which covers it. ' +
        'Rule: term lies within that of the covering agreement.',
    );
  });

  it('has a text for every message code in both languages', () => {
    for (const messageCode of CHAIN_MESSAGE_CODES) {
      const v: ChainViolation = {
        rule: 'coverage_term',
        severity: 'error',
        agreementId: 1,
        otherAgreementId: 2,
        messageCode,
        params: { agreementTitle: 'A', otherTitle: 'B', certainty: 'certain', end: '2026-01-31', otherEnd: null, regime: 'avg', otherRegime: 'wpg', count: 2 },
      };
      for (const locale of ['nl', 'en'] as const) {
        const text = renderChainViolation(v, locale);
        expect(text).toContain('‘A’');
        expect(text).not.toMatch(/undefined|\?’/);
      }
    }
  });
});
