import type { ChainAgreement, ChainGraph } from '../chain-graph.ts';
import { effectiveEnd, isIndefinite } from '../chain-graph.ts';
import type { ChainViolation } from '../chain-violation.ts';
import { severityFor } from '../chain-violation.ts';
import type { Certainty } from '../date-order.ts';
import { compareBefore } from '../date-order.ts';
import { coveringAgreements, violation } from './rule-context.ts';

/**
 * Whether `later` (possibly) runs past the end of `basis`. An indefinite agreement
 * certainly outlives a fixed end, one whose end nobody recorded possibly does; when
 * the basis has no known end there is nothing to outlive.
 */
export function compareOutlives(later: ChainAgreement, basis: ChainAgreement): Certainty | null {
  const basisEnd = effectiveEnd(basis);
  if (basisEnd === null) return null;
  const laterEnd = effectiveEnd(later);
  if (laterEnd === null) return isIndefinite(later) ? 'certain' : 'possible';
  return compareBefore(basisEnd, laterEnd);
}

/**
 * Rule 2: a covered agreement does not start before, nor (possibly) end after,
 * the agreement that covers it. Certain → error, possible (partial dates) → warning.
 */
export function checkCoverageTerm(graph: ChainGraph, subject: ChainAgreement): ChainViolation[] {
  const rule = 'coverage_term';
  const result: ChainViolation[] = [];
  for (const { other } of coveringAgreements(graph, subject)) {
    if (subject.startDate && other.startDate) {
      const certainty = compareBefore(subject.startDate, other.startDate);
      if (certainty) {
        const params = { certainty, start: subject.startDate, otherStart: other.startDate };
        result.push(violation({ rule, severity: severityFor(certainty), messageCode: 'starts_before_cover', subject, other, params }));
      }
    }
    const outlives = compareOutlives(subject, other);
    if (outlives) {
      const params = { certainty: outlives, end: effectiveEnd(subject), otherEnd: effectiveEnd(other) };
      result.push(violation({ rule, severity: severityFor(outlives), messageCode: 'ends_after_cover', subject, other, params }));
    }
  }
  return result;
}
