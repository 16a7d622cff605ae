import type { AgreementSummary } from '@akkoord/shared/schemas/agreement';

/** The register fields the timeline draws (a subset of GET /api/agreements items). */
export type TimelineAgreement = Pick<
  AgreementSummary,
  | 'id'
  | 'title'
  | 'type'
  | 'collaborationCode'
  | 'parties'
  | 'status'
  | 'startDate'
  | 'endDate'
  | 'currentTermStart'
  | 'currentTermEnd'
  | 'noticeDeadline'
  | 'nextReviewDate'
  | 'termKind'
> &
  Partial<Pick<AgreementSummary, 'tacitRenewal' | 'renewalPeriod'>>;
