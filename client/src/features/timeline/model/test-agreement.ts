import type { TimelineAgreement } from './timeline-agreement.ts';

/** A timeline agreement with every date unknown, for tests; override what the test is about. */
export function makeAgreement(overrides: Partial<TimelineAgreement> = {}): TimelineAgreement {
  return {
    id: 1,
    title: 'Overeenkomst',
    type: 'service',
    collaborationCode: null,
    parties: [],
    status: 'active',
    startDate: null,
    endDate: null,
    currentTermStart: null,
    currentTermEnd: null,
    noticeDeadline: null,
    nextReviewDate: null,
    termKind: null,
    ...overrides,
  };
}
