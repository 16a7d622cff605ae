import { sharedQueryKeys } from '../../../lib/query-keys.ts';
import type { FollowSubject } from './list-followers.ts';

/** The reminders feature's query keys (decision 040); followers and per-agreement rules start from shared prefixes other features invalidate. */
export const reminderKeys = {
  followers: (subject: FollowSubject) => [...sharedQueryKeys.followers, subject.kind, subject.kind === 'agreement' ? subject.id : subject.code] as const,
  rule: (agreementId: number) => [...sharedQueryKeys.agreementReminderRules, agreementId] as const,
};
