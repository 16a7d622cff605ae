import type { ChainAgreement, ChainGraph } from '../chain-graph.ts';
import { effectiveEnd } from '../chain-graph.ts';
import type { ChainViolation } from '../chain-violation.ts';
import { compareOutlives } from './check-coverage-term.ts';
import { basisAgreements, violation } from './rule-context.ts';

/**
 * Rule 5: an agreement `based_on` another does not outlive it without a warning
 * (certain or possible: the params say which). It is a warning, not an error,
 * because a successor basis may take over.
 */
export function checkBasedOnTerm(graph: ChainGraph, subject: ChainAgreement): ChainViolation[] {
  const result: ChainViolation[] = [];
  for (const { other } of basisAgreements(graph, subject)) {
    const certainty = compareOutlives(subject, other);
    if (!certainty) continue;
    const params = { certainty, end: effectiveEnd(subject), otherEnd: effectiveEnd(other) };
    result.push(violation({ rule: 'based_on_term', severity: 'warning', messageCode: 'outlives_basis', subject, other, params }));
  }
  return result;
}
