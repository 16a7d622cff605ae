import type { AddressFollow, Follower, ReminderAddress, TeamAddressRole } from '@akkoord/shared/schemas/reminders';
import type { RequestContext } from '../../http/context.ts';
import type { AgreementVisibility } from '../agreements/agreement-visibility.ts';
import type { FollowOfRecipient, FollowRow, RecipientRow } from './recipients.repo.ts';

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
