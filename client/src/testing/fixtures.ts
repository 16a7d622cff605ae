import type { AgreementSummary } from '@akkoord/shared/schemas/agreement';
import type { SessionState, SessionUser } from '../features/session/api/get-session.ts';

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
    value: null,
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

/** A signed-in session: a legal advisor of every collaboration with no permissions; tests override what they need. */
export function signedInSession(overrides: Partial<SessionUser> = {}): SessionState {
  return {
    kind: 'signed-in',
    user: {
      id: '7',
      email: 'jurist@vrt.nl',
      name: 'Jurist',
      role: 'legal',
      locale: 'nl',
      mustChangePassword: false,
      deputyEmail: null,
      permissions: null,
      collaborationScope: null,
      ...overrides,
    },
  };
}
