import type { PartialDate } from '@akkoord/shared/dates/partial-date';
import type { ExplanationStep } from '@akkoord/shared/lifecycle/explanation';
import type { DeadlineKind } from '@akkoord/shared/schemas/reminders';

/** Why an address receives a reminder. */
export type RecipientReason = 'owner' | 'follower' | 'collaboration_follower' | 'deputy' | 'team_address';

/** What one reminder shows, frozen when it is planned (stored as JSON on the reminder item). */
export interface ReminderPayload {
  title: string;
  reference: string | null;
  collaborationCode: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  deadline: PartialDate | null;
  latestDay: string;
  explanation: ExplanationStep[];
  reasons: RecipientReason[];
  /** Set when the notice deadline is close and nobody acknowledged it: who else was told. */
  escalation: { days: number; to: string } | null;
}

/** A reminder as the digest renderer needs it. */
export interface DigestEntry {
  agreementId: number;
  kind: DeadlineKind;
  deadlineDay: string;
  offsetDays: number;
  isEscalation: boolean;
  payload: ReminderPayload;
}
