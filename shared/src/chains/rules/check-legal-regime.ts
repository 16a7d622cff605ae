import type { ChainAgreement, ChainGraph } from '../chain-graph.ts';
import type { ChainViolation } from '../chain-violation.ts';
import { coveringAgreements, violation } from './rule-context.ts';

/**
 * Rule 3: a sub-processor agreement's legal regime (AVG / Wpg) matches that of
 * the processor agreement covering it. An unknown regime on either side is a
 * warning (cannot be checked), a different one an error.
 */
export function checkLegalRegime(graph: ChainGraph, subject: ChainAgreement): ChainViolation[] {
  if (subject.type !== 'subprocessor') return [];
  const rule = 'legal_regime';
  const result: ChainViolation[] = [];
  for (const { other } of coveringAgreements(graph, subject)) {
    if (other.type !== 'processor') continue;
    const params = { regime: subject.legalRegime, otherRegime: other.legalRegime };
    if (subject.legalRegime === null || other.legalRegime === null) {
      result.push(violation({ rule, severity: 'warning', messageCode: 'regime_unknown', subject, other, params }));
    } else if (subject.legalRegime !== other.legalRegime) {
      result.push(violation({ rule, severity: 'error', messageCode: 'regime_mismatch', subject, other, params }));
    }
  }
  return result;
}
