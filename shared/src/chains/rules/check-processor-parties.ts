import type { ChainAgreement } from '../chain-graph.ts';
import { sideOf } from '../chain-graph.ts';
import type { ChainViolation } from '../chain-violation.ts';
import { PROCESSOR_SIDE_ROLES, SUBPROCESSOR_CLIENT_ROLES } from './check-subprocessor-coverage.ts';
import { violation } from './rule-context.ts';

/** The controller side of a processor agreement: its `controller` parties, else its `client`. */
export const CONTROLLER_SIDE_ROLES = ['controller', 'client'] as const;

/**
 * Rule 4: a processor agreement names exactly one controller side and a
 * processor (and nobody is both); a sub-processor agreement names the processor
 * engaging the sub-processor and the sub-processor. Several controller
 * organisations are a warning: joint controllers need their own arrangement.
 */
export function checkProcessorParties(subject: ChainAgreement): ChainViolation[] {
  const rule = 'processor_parties';
  if (subject.type === 'processor') {
    const controllers = sideOf(subject, CONTROLLER_SIDE_ROLES);
    const processors = sideOf(subject, PROCESSOR_SIDE_ROLES);
    const result: ChainViolation[] = [];
    if (controllers.length === 0) result.push(violation({ rule, severity: 'error', messageCode: 'controller_missing', subject }));
    if (controllers.length > 1) {
      result.push(violation({ rule, severity: 'warning', messageCode: 'controllers_multiple', subject, params: { count: controllers.length } }));
    }
    if (processors.length === 0) result.push(violation({ rule, severity: 'error', messageCode: 'processor_missing', subject }));
    if (controllers.some((id) => processors.includes(id))) {
      result.push(violation({ rule, severity: 'error', messageCode: 'controller_is_processor', subject }));
    }
    return result;
  }
  if (subject.type === 'subprocessor') {
    const result: ChainViolation[] = [];
    if (sideOf(subject, SUBPROCESSOR_CLIENT_ROLES).length === 0) {
      result.push(violation({ rule, severity: 'error', messageCode: 'subprocessor_client_missing', subject }));
    }
    if (sideOf(subject, ['subprocessor']).length === 0) {
      result.push(violation({ rule, severity: 'error', messageCode: 'subprocessor_missing', subject }));
    }
    return result;
  }
  return [];
}
