import type { AgreementSummary } from '@akkoord/shared/schemas/agreement';

/** A register item with every date, term and owner unknown (as the Twente register has many); tests override what they need. */
export function agreementSummary(overrides: Partial<AgreementSummary> = {}): AgreementSummary {
  return {
    id: 1,
    type: 'service',
    title: 'DVO',
    collaborationCode: 'IVZ',
    reference: null,
    startDate: '2019',
    endDate: null,
    termKind: null,
    tacitRenewal: null,
    renewalPeriod: null,
    workflowState: 'active',
    ownerName: null,
    parties: [],
    archived: false,
    isSynthetic: false,
    version: 1,
    status: 'unknown_dates',
    currentTermStart: null,
    currentTermEnd: null,
    noticeDeadline: null,
    nextReviewDate: null,
    computedOn: '2026-11-29',
    ...overrides,
  };
}
