import type { ChainAgreement, ChainGraph } from '../chain-graph.ts';
import { sideOf } from '../chain-graph.ts';
import type { ChainViolation } from '../chain-violation.ts';
import { coveringAgreements, violation } from './rule-context.ts';

/** The processing side of a processor agreement: its `processor` parties, else its `provider`. */
export const PROCESSOR_SIDE_ROLES = ['processor', 'provider'] as const;
/** The client side of a sub-processor agreement: the processor that engages the sub-processor. */
export const SUBPROCESSOR_CLIENT_ROLES = ['processor', 'client'] as const;

/**
 * Rule 1: a sub-processor agreement is covered by a processor agreement whose
 * processor is the sub-processor agreement's client.
 */
export function checkSubprocessorCoverage(graph: ChainGraph, subject: ChainAgreement): ChainViolation[] {
  if (subject.type !== 'subprocessor') return [];
  const rule = 'subprocessor_coverage';
  const coverers = coveringAgreements(graph, subject).filter((n) => n.other.type === 'processor');
  if (coverers.length === 0) return [violation({ rule, severity: 'error', messageCode: 'subprocessor_not_covered', subject })];
  const clientSide = new Set(sideOf(subject, SUBPROCESSOR_CLIENT_ROLES));
  // Without a client side there is nothing to match; checkProcessorParties reports the missing party.
  if (clientSide.size === 0) return [];
  const result: ChainViolation[] = [];
  for (const { other } of coverers) {
    const processors = sideOf(other, PROCESSOR_SIDE_ROLES);
    if (processors.length === 0) continue;
    if (!processors.some((id) => clientSide.has(id))) {
      result.push(violation({ rule, severity: 'error', messageCode: 'cover_processor_mismatch', subject, other }));
    }
  }
  return result;
}
