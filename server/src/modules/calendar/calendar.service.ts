import type { CalendarFeed } from '@akkoord/shared/schemas/reminders';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { CollaborationTree } from '../reminders/collaboration-reach.ts';
import { RecipientVisibility } from '../reminders/recipient-visibility.ts';
import {
  findAgreementIdsInCollaborations,
  findAgreementIdsOwnedBy,
  findCollaborationTree,
  findFollowRowsOf,
  findRecipientBySecret,
  findTeamAddresses,
  type RecipientRow,
} from '../reminders/recipients.repo.ts';
import { ensureUserRecipient, regenerateSecret } from '../reminders/recipients.service.ts';
import { calendarUrlOf } from '../reminders/reminders.presenter.ts';
import { buildFeed } from './build-feed.ts';
import { findFeedAgreements } from './calendar.repo.ts';

/** What a recipient's feed shows: agreements followed, owned, or in collaborations followed or served as team address. */
function agreementIdsFor(deps: AppDeps, r: RecipientRow): number[] {
  const follows = findFollowRowsOf(deps.db, r.id);
  const tree = new CollaborationTree(findCollaborationTree(deps.db));
  const collabIds = new Set<number>();
  const expand = (id: number) => tree.reach(id).forEach((c) => collabIds.add(c));
  for (const f of follows) if (f.subjectKind === 'collaboration') expand(f.subjectId);
  for (const [collabId, team] of findTeamAddresses(deps.db)) if (team.id === r.id) expand(collabId);
  const ids = new Set<number>(follows.filter((f) => f.subjectKind === 'agreement').map((f) => f.subjectId));
  for (const id of findAgreementIdsInCollaborations(deps.db, [...collabIds])) ids.add(id);
  for (const id of findAgreementIdsOwnedBy(deps.db, r.email)) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}

/**
 * The iCalendar text behind a secret, or 404 (unknown, regenerated or removed
 * secrets alike). The request has no session: what the feed shows is checked
 * against its owner's account as it is now (decision 023).
 */
export function getFeedBySecret(deps: AppDeps, secret: string): string {
  const r = findRecipientBySecret(deps.db, secret);
  if (!r) throw new AppError('not_found', 'Deze agenda bestaat niet (meer)');
  const visibility = new RecipientVisibility(deps.db).ofRecipient(r);
  const rows = findFeedAgreements(deps.db, agreementIdsFor(deps, r)).filter((a) => visibility.canSee(a.collaborationCode));
  return buildFeed({ name: `Akkoord – ${r.label ?? r.email}`, locale: r.locale, on: deps.clock.today(), now: deps.clock.now(), publicUrl: deps.config.publicUrl, agreements: rows });
}

function present(deps: AppDeps, secret: string | null): CalendarFeed {
  const url = calendarUrlOf(deps.config.publicUrl, secret);
  if (!url) throw new AppError('internal', 'Geen agenda-adres');
  return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
}

/** The signed-in user's feed URL (created on first use). */
export function getMyCalendar(deps: AppDeps, ctx: RequestContext): CalendarFeed {
  const r = deps.db.transaction((tx) => ensureUserRecipient(tx, ctx, deps.clock.now().toISOString()));
  return present(deps, r.calendarSecret);
}

/** A new secret for the signed-in user's feed; the old URL answers 404. */
export function regenerateMyCalendar(deps: AppDeps, ctx: RequestContext): CalendarFeed {
  const r = deps.db.transaction((tx) => ensureUserRecipient(tx, ctx, deps.clock.now().toISOString()));
  return present(deps, regenerateSecret(deps, ctx, r.id).calendarSecret);
}
