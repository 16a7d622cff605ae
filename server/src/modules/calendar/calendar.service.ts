import type { CalendarFeed } from '@akkoord/shared/schemas/reminders';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { FeedReach } from '../reminder-addresses/feed-reach.ts';
import { RecipientVisibility } from '../reminder-addresses/recipient-visibility.ts';
import { findRecipientBySecret, isDeactivatedAccount } from '../reminder-addresses/recipients.repo.ts';
import { ensureUserRecipient, regenerateSecret } from '../reminder-addresses/recipients.service.ts';
import { calendarUrlOf } from '../reminder-addresses/addresses.presenter.ts';
import { buildFeed } from './build-feed.ts';
import { findFeedAgreements } from './calendar.repo.ts';

/**
 * The iCalendar text behind a secret, or 404 (unknown, regenerated or removed
 * secrets alike, and the feed of a deactivated account). The request has no
 * session: what the feed shows is checked against its owner's account as it
 * is now (decision 023).
 */
export function getFeedBySecret(deps: AppDeps, secret: string): string {
  const r = findRecipientBySecret(deps.db, secret);
  if (!r || isDeactivatedAccount(deps.db, r.userId)) throw new AppError('not_found', 'Deze agenda bestaat niet (meer)');
  const visibility = new RecipientVisibility(deps.db).ofRecipient(r);
  const rows = findFeedAgreements(deps.db, new FeedReach(deps.db).agreementIdsOf(r)).filter((a) => visibility.canSee(a.collaborationCode));
  return buildFeed({
    name: `Akkoord – ${r.label ?? r.email}`,
    locale: r.locale,
    on: deps.clock.today(),
    now: deps.clock.now(),
    publicUrl: deps.config.publicUrl,
    agreements: rows,
  });
}

function present(deps: AppDeps, secret: string | null): CalendarFeed {
  const url = calendarUrlOf(deps.config.publicUrl, secret);
  if (!url) throw new AppError('internal', 'Geen agenda-adres');
  return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
}

/**
 * The signed-in user's feed URL, created on first use, and anew when the
 * account's feed was ended (deactivation clears it; the user asks again).
 */
export function getMyCalendar(deps: AppDeps, ctx: RequestContext): CalendarFeed {
  const r = deps.db.transaction((tx) => ensureUserRecipient(tx, ctx, deps.clock.now().toISOString()));
  return present(deps, r.calendarSecret ?? regenerateSecret(deps, ctx, r.id).calendarSecret);
}

/** A new secret for the signed-in user's feed; the old URL answers 404. */
export function regenerateMyCalendar(deps: AppDeps, ctx: RequestContext): CalendarFeed {
  const r = deps.db.transaction((tx) => ensureUserRecipient(tx, ctx, deps.clock.now().toISOString()));
  return present(deps, regenerateSecret(deps, ctx, r.id).calendarSecret);
}
