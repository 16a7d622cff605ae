import type { FollowBody, Followers } from '@akkoord/shared/schemas/reminders';
import type { AppDeps } from '../../deps.ts';
import { can } from '../../http/authorize.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadVisibleRow } from '../agreements/agreements.service.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { presentFollower } from './addresses.presenter.ts';
import { deleteFollow, findCollaborationByCode, findFollowersOf, insertFollow, type SubjectKind } from './recipients.repo.ts';
import { assertMayUseAddress, ensureAddressRecipient, ensureUserRecipient } from './recipients.service.ts';

/** A followable thing the caller may see: an agreement id or a collaboration code. */
export type SubjectRef = { kind: 'agreement'; id: number } | { kind: 'collaboration'; code: string };

/** Resolves a subject to its id, or 404 when it does not exist or is outside the caller's scope. */
export function resolveSubject(deps: AppDeps, ctx: RequestContext, ref: SubjectRef): { kind: SubjectKind; id: number; label: string } {
  if (ref.kind === 'agreement') {
    const row = loadVisibleRow(deps, ctx, ref.id);
    return { kind: 'agreement', id: row.id, label: row.title };
  }
  const c = findCollaborationByCode(deps.db, ref.code);
  const scope = ctx.user?.collaborationScope;
  if (!c || (scope && !scope.includes(c.code))) throw new AppError('not_found', `Samenwerkingsverband ${ref.code} bestaat niet`);
  return { kind: 'collaboration', id: c.id, label: c.code };
}

/** Who follows an agreement or collaboration (users and plain addresses). */
export function listFollowers(deps: AppDeps, ctx: RequestContext, ref: SubjectRef): Followers {
  const s = resolveSubject(deps, ctx, ref);
  return { subjectKind: s.kind, subjectId: s.id, followers: findFollowersOf(deps.db, s.kind, s.id).map((f) => presentFollower(f, ctx)) };
}

/**
 * Follows a subject as the signed-in user, or (with `email`, for roles that
 * manage reminders) adds a plain address such as a team mailbox — not an
 * account's address, and for a limited caller not one that reaches (or would
 * reach) beyond their collaborations. Idempotent.
 */
export function follow(deps: AppDeps, ctx: RequestContext, ref: SubjectRef, body: FollowBody): Followers {
  const s = resolveSubject(deps, ctx, ref);
  if (body.email !== undefined && !can(ctx.user, 'follow', 'manage')) throw new AppError('forbidden', 'Uw rol mag geen andere adressen laten volgen');
  if (body.email !== undefined) assertMayUseAddress(deps, ctx, body.email, s.kind === 'collaboration' ? s.id : null);
  const at = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    const recipient = body.email !== undefined ? ensureAddressRecipient(tx, body.email, { label: body.label, locale: body.locale }, at) : ensureUserRecipient(tx, ctx, at);
    if (insertFollow(tx, recipient.id, s.kind, s.id, at)) {
      recordAudit(tx, {
        at,
        ...actorOf(ctx),
        entityType: s.kind,
        entityId: s.id,
        action: 'follow',
        after: { recipient: recipient.email, kind: recipient.kind },
        requestId: ctx.requestId,
      });
    }
  });
  return listFollowers(deps, ctx, ref);
}

/** Stops a follow: your own always; someone else's only for roles that manage reminders. */
export function unfollow(deps: AppDeps, ctx: RequestContext, ref: SubjectRef, recipientId: number): Followers {
  const s = resolveSubject(deps, ctx, ref);
  const follower = findFollowersOf(deps.db, s.kind, s.id).find((f) => f.recipientId === recipientId);
  if (!follower) throw new AppError('not_found', `Ontvanger ${recipientId} volgt ${s.label} niet`);
  const isMe = ctx.user !== null && follower.recipient.userId === ctx.user.id;
  if (!isMe && !can(ctx.user, 'follow', 'manage')) throw new AppError('forbidden', 'U kunt alleen uzelf laten stoppen met volgen');
  const at = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    if (deleteFollow(tx, recipientId, s.kind, s.id)) {
      recordAudit(tx, { at, ...actorOf(ctx), entityType: s.kind, entityId: s.id, action: 'unfollow', before: { recipient: follower.recipient.email }, requestId: ctx.requestId });
    }
  });
  return listFollowers(deps, ctx, ref);
}
