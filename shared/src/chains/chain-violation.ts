import type { Certainty } from './date-order.ts';

/** The chain rules of domain.md ("Chains"), one code each. */
export const CHAIN_RULES = ['subprocessor_coverage', 'coverage_term', 'legal_regime', 'processor_parties', 'based_on_term'] as const;
export type ChainRule = (typeof CHAIN_RULES)[number];

/** What exactly went wrong; each code has a Dutch and an English text (render-violation.ts). */
export const CHAIN_MESSAGE_CODES = [
  'subprocessor_not_covered',
  'cover_processor_mismatch',
  'starts_before_cover',
  'ends_after_cover',
  'regime_mismatch',
  'regime_unknown',
  'controller_missing',
  'controllers_multiple',
  'processor_missing',
  'controller_is_processor',
  'subprocessor_client_missing',
  'subprocessor_missing',
  'outlives_basis',
] as const;
export type ChainMessageCode = (typeof CHAIN_MESSAGE_CODES)[number];

export type ChainSeverity = 'error' | 'warning';

export type ChainViolationParams = Record<string, string | number | null>;

/** One broken (or possibly broken) chain rule, about `agreementId` and, where two agreements are involved, `otherAgreementId`. */
export interface ChainViolation {
  rule: ChainRule;
  severity: ChainSeverity;
  agreementId: number;
  otherAgreementId?: number;
  messageCode: ChainMessageCode;
  /** Always `agreementTitle`; `otherTitle` with `otherAgreementId`; dates and regimes as the message needs them. */
  params: ChainViolationParams;
  /** The other agreement lies outside the reader's collaborations: its `other…` params are left out (restricted-agreement.ts). */
  otherRestricted?: true;
}

/** Errors for what is certain, warnings for what only partial dates leave open. */
export function severityFor(certainty: Certainty): ChainSeverity {
  return certainty === 'certain' ? 'error' : 'warning';
}
