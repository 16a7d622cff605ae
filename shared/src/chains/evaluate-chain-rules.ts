import type { ChainGraph } from './chain-graph.ts';
import type { ChainViolation } from './chain-violation.ts';
import { checkBasedOnTerm } from './rules/check-based-on-term.ts';
import { checkCoverageTerm } from './rules/check-coverage-term.ts';
import { checkLegalRegime } from './rules/check-legal-regime.ts';
import { checkProcessorParties } from './rules/check-processor-parties.ts';
import { checkSubprocessorCoverage } from './rules/check-subprocessor-coverage.ts';

/**
 * Every chain rule about one agreement, judged on its neighbourhood (the
 * agreements its relations reach must be in the graph). Archived agreements
 * have no chain to check.
 */
export function evaluateChainRules(graph: ChainGraph, agreementId: number): ChainViolation[] {
  const subject = graph.byId.get(agreementId);
  if (!subject || subject.archived) return [];
  return [
    ...checkProcessorParties(subject),
    ...checkSubprocessorCoverage(graph, subject),
    ...checkCoverageTerm(graph, subject),
    ...checkLegalRegime(graph, subject),
    ...checkBasedOnTerm(graph, subject),
  ];
}

/** Chain rules for every agreement in the graph, in id order. */
export function evaluateAllChainRules(graph: ChainGraph): ChainViolation[] {
  const ids = [...graph.byId.keys()].sort((a, b) => a - b);
  return ids.flatMap((id) => evaluateChainRules(graph, id));
}
