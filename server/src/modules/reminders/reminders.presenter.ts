import type { AddressFollow, Follower, OutboxMessage, OutboxSummary, ReminderAddress, TeamAddressRole } from '@akkoord/shared/schemas/reminders';
import type { RequestContext } from '../../http/context.ts';
import type { AgreementVisibility } from '../agreements/agreement-visibility.ts';
import type { AttemptRow, OutboxRow } from './outbox.repo.ts';
import type { FollowOfRecipient, FollowRow, RecipientRow } from './recipients.repo.ts';
import type { ReminderPayload } from './reminder-payload.ts';
import type { ReminderItemRow } from './reminders.repo.ts';
import { compareEntries } from './render-digest.ts';

/** The secret feed URL of a recipient (https → also offered as webcal://). */
export function calendarUrlOf(publicUrl: string, secret: string | null): string | null {
  return secret ? `${publicUrl}/cal/${secret}.ics` : null;
}

export function presentFollower(f: FollowRow & { recipient: RecipientRow }, ctx: RequestContext): Follower {
  return {
    recipientId: f.recipientId,
    email: f.recipient.email,
    kind: f.recipient.kind,
    label: f.recipient.label,
    isMe: ctx.user !== null && f.recipient.userId === ctx.user.id,
    since: f.createdAt,
  };
}

/** A follow as the caller may see it: an agreement or collaboration outside their collaborations by id only. */
export function presentAddressFollow(f: FollowOfRecipient, visibility: AgreementVisibility): AddressFollow {
  if (!visibility.canSee(f.collaborationCode)) return { subjectKind: f.subjectKind, subjectId: f.subjectId, restricted: true };
  return { subjectKind: f.subjectKind, subjectId: f.subjectId, restricted: false, title: f.title };
}

/** A team-address role as the caller may see it: a collaboration outside their collaborations by id only. */
export function presentTeamAddressRole(c: { id: number; code: string }, visibility: AgreementVisibility): TeamAddressRole {
  return visibility.canSee(c.code) ? { collaborationId: c.id, code: c.code, restricted: false } : { collaborationId: c.id, restricted: true };
}

/**
 * A plain address as the caller may see it. A caller limited to some
 * collaborations never gets its secret feed URL: whoever holds it reads the
 * feed without an account, and the URL outlasts what the address follows now.
 */
export function presentAddress(
  r: RecipientRow,
  view: { follows: FollowOfRecipient[]; teamAddressOf: { id: number; code: string }[]; visibility: AgreementVisibility; reachesOutsideScope: boolean },
  publicUrl: string,
): ReminderAddress {
  return {
    id: r.id,
    email: r.email,
    kind: r.kind,
    label: r.label,
    locale: r.locale,
    follows: view.follows.map((f) => presentAddressFollow(f, view.visibility)),
    teamAddressOf: view.teamAddressOf.map((c) => presentTeamAddressRole(c, view.visibility)),
    calendarUrl: view.visibility.isLimited ? null : calendarUrlOf(publicUrl, r.calendarSecret),
    reachesOutsideScope: view.reachesOutsideScope,
    createdAt: r.createdAt,
  };
}

/** The fields of an outbox message that the list shows (no bodies). */
export function presentOutboxSummary(m: OutboxRow): OutboxSummary {
  return {
    id: m.id,
    to: m.recipientEmail,
    locale: m.locale,
    digestDay: m.digestDay,
    sequence: m.sequence,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    nextAttemptAt: m.nextAttemptAt,
    lastAttemptAt: m.lastAttemptAt,
    sentAt: m.sentAt,
    smtpResponse: m.smtpResponse,
    lastError: m.lastError,
    itemCount: m.itemCount,
    firstDueDay: m.firstDueDay,
    messageId: m.messageIdHeader,
    createdAt: m.createdAt,
    cancelled: m.cancelledAt ? { at: m.cancelledAt, by: m.cancelledBy ?? '' } : null,
  };
}

/** One outbox message as it would arrive (text and HTML), with its attempts and reminders. */
export function presentOutboxMessage(m: OutboxRow, attempts: AttemptRow[], items: ReminderItemRow[]): OutboxMessage {
  return {
    ...presentOutboxSummary(m),
    text: m.textBody,
    html: m.htmlBody,
    attemptLog: attempts.map((a) => ({ attemptNo: a.attemptNo, startedAt: a.startedAt, finishedAt: a.finishedAt, outcome: a.outcome, response: a.response })),
    items: items
      .map((i) => ({ agreementId: i.agreementId, kind: i.deadlineKind, deadlineDay: i.deadlineDay, offsetDays: i.offsetDays, isEscalation: i.isEscalation, payload: i.payload as ReminderPayload }))
      .sort(compareEntries)
      .map((e) => ({ agreementId: e.agreementId, kind: e.kind, deadlineDay: e.deadlineDay, deadline: e.payload.deadline, offsetDays: e.offsetDays, isEscalation: e.isEscalation, title: e.payload.title })),
  };
}
