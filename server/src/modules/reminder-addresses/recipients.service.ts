import { randomBytes } from 'node:crypto';
import type { CreateReminderAddressInput, ReminderAddress, UpdateReminderAddressInput } from '@akkoord/shared/schemas/reminders';
import type { Db, Tx } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { agreementVisibility } from '../agreements/agreement-visibility.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { FeedReach } from './feed-reach.ts';
import { RecipientVisibility } from './recipient-visibility.ts';
import { presentAddress } from './addresses.presenter.ts';
import {
  deleteAllFollowsOf,
  findFollowsOf,
  findRecipientByEmail,
  findRecipientById,
  findRecipientByUserId,
  findTeamAddressCodesOf,
  insertRecipient,
  isAccountEmail,
  listPlainAddresses,
  updateRecipient,
  type RecipientRow,
} from './recipients.repo.ts';

/** A new calendar secret: 32 random bytes, URL-safe. */
export const newCalendarSecret = () => randomBytes(32).toString('base64url');

const normalise = (email: string) => email.trim().toLowerCase();

/**
 * The recipient row of the signed-in user, created on first use and kept
 * in step with the account's address and language.
 */
export function ensureUserRecipient(tx: Tx, ctx: RequestContext, at: string): RecipientRow {
  const user = ctx.user;
  if (!user) throw new AppError('unauthenticated', 'Meld u aan om verder te gaan');
  const email = normalise(user.email);
  const mine = findRecipientByUserId(tx, user.id);
  if (mine) {
    if (mine.email === email && mine.locale === user.locale && !mine.removedAt) return mine;
    const clash = findRecipientByEmail(tx, email);
    if (clash && clash.id !== mine.id) throw new AppError('conflict', `Het adres ${email} is al als los adres vastgelegd`);
    return updateRecipient(tx, mine.id, { email, locale: user.locale, removedAt: null, updatedAt: at });
  }
  const byEmail = findRecipientByEmail(tx, email);
  if (byEmail) {
    // A plain address becomes the account's own feed: its follows join the account's, so a URL
    // handed out for the address (to anyone who managed it) must not read the account's feed.
    return updateRecipient(tx, byEmail.id, {
      kind: 'user',
      userId: user.id,
      locale: user.locale,
      label: byEmail.label ?? user.name,
      removedAt: null,
      calendarSecret: newCalendarSecret(),
      updatedAt: at,
    });
  }
  return insertRecipient(tx, { email, kind: 'user', userId: user.id, label: user.name, locale: user.locale, calendarSecret: newCalendarSecret(), createdAt: at, updatedAt: at });
}

/**
 * Refuses (422, `body.email`) a plain address that is an account's address:
 * that account follows and gets its feed as itself, under its own scope, and
 * its feed URL is its own (decision 033).
 */
function refuseAccountAddress(tx: Db | Tx, email: string, found: RecipientRow | undefined): void {
  if (found?.kind === 'user' || isAccountEmail(tx, email)) {
    throw new AppError('validation_failed', `${email} is het adres van een account`, {
      errors: [{ field: 'body.email', message: 'Dit is het adres van een account: die gebruiker volgt zelf en beheert zelf de eigen agenda' }],
    });
  }
}

/** The recipient for a plain address, created (or revived) when needed; never an account's address. */
export function ensureAddressRecipient(tx: Tx, rawEmail: string, extra: { label?: string | undefined; locale?: 'nl' | 'en' | undefined }, at: string): RecipientRow {
  const email = normalise(rawEmail);
  const found = findRecipientByEmail(tx, email);
  refuseAccountAddress(tx, email, found);
  if (found) {
    if (!found.removedAt) return found;
    return updateRecipient(tx, found.id, {
      removedAt: null,
      label: extra.label ?? found.label,
      locale: extra.locale ?? found.locale,
      calendarSecret: newCalendarSecret(),
      updatedAt: at,
    });
  }
  return insertRecipient(tx, {
    email,
    kind: 'address',
    label: extra.label ?? null,
    locale: extra.locale ?? 'nl',
    calendarSecret: newCalendarSecret(),
    createdAt: at,
    updatedAt: at,
  });
}

/** A plain address; users' own recipient rows (their personal feeds) are not reachable here. */
function loadAddress(deps: AppDeps, id: number): RecipientRow {
  const r = findRecipientById(deps.db, id);
  if (!r || r.removedAt || r.kind !== 'address') throw new AppError('not_found', `Adres ${id} bestaat niet`);
  return r;
}

/**
 * Whether an address reaches beyond the caller's collaborations (decision
 * 023): its feed shows, or its follows and roles can bring, agreements the
 * caller may not see. Reads the collaboration tree and the limited accounts
 * once per request, and nothing for an unlimited caller.
 */
function reachesOutsideScopeFor(deps: AppDeps, ctx: RequestContext): (r: RecipientRow) => boolean {
  const visibility = agreementVisibility(ctx);
  if (!visibility.isLimited) return () => false;
  const reach = new FeedReach(deps.db);
  const recipients = new RecipientVisibility(deps.db);
  return (r) => reach.reachesBeyond(r, visibility, recipients);
}

function present(deps: AppDeps, ctx: RequestContext, r: RecipientRow, reachesOutsideScope: (r: RecipientRow) => boolean): ReminderAddress {
  const view = {
    follows: findFollowsOf(deps.db, r.id),
    teamAddressOf: findTeamAddressCodesOf(deps.db, r.id),
    visibility: agreementVisibility(ctx),
    reachesOutsideScope: reachesOutsideScope(r),
  };
  return presentAddress(r, view, deps.config.publicUrl);
}

/** One plain address with what it follows, its team-address roles and its feed URL, as far as the caller may see them. */
export function getAddress(deps: AppDeps, ctx: RequestContext, id: number): ReminderAddress {
  return present(deps, ctx, loadAddress(deps, id), reachesOutsideScopeFor(deps, ctx));
}

/** Every plain address reminders know (team mailboxes); users' own feeds are not listed. */
export function listAddresses(deps: AppDeps, ctx: RequestContext): ReminderAddress[] {
  const reachesOutsideScope = reachesOutsideScopeFor(deps, ctx);
  return listPlainAddresses(deps.db).map((r) => present(deps, ctx, r, reachesOutsideScope));
}

/**
 * An address the caller may change, remove or give a new feed URL. A caller
 * limited to some collaborations may not touch one that reaches beyond them:
 * that would end or alter reminders about agreements they may not see.
 */
function loadManageableAddress(deps: AppDeps, ctx: RequestContext, id: number): RecipientRow {
  const r = loadAddress(deps, id);
  if (reachesOutsideScopeFor(deps, ctx)(r)) throw outsideScope();
  return r;
}

const outsideScope = () =>
  new AppError('forbidden', 'Dit adres bereikt ook overeenkomsten buiten uw samenwerkingsverbanden; alleen een account zonder die beperking kan het wijzigen of verwijderen');

/**
 * Before a plain address follows something or becomes a collaboration's team
 * address on a limited caller's word: refused (422 for an account's address,
 * 403 as on PATCH) when the address already reaches beyond the caller's
 * collaborations, or when the collaboration it would follow or serve reaches
 * beyond them (following KMT brings ZVHT, which houses it). Nothing is
 * checked for unlimited callers beyond the account address.
 */
export function assertMayUseAddress(deps: AppDeps, ctx: RequestContext, rawEmail: string, collaborationId: number | null): void {
  const email = normalise(rawEmail);
  const found = findRecipientByEmail(deps.db, email);
  refuseAccountAddress(deps.db, email, found);
  const visibility = agreementVisibility(ctx);
  if (!visibility.isLimited) return;
  const reach = new FeedReach(deps.db);
  if (found && !found.removedAt && reach.reachesBeyond(found, visibility, new RecipientVisibility(deps.db))) throw outsideScope();
  if (collaborationId !== null && reach.collaborationReachesBeyond(collaborationId, visibility)) {
    throw new AppError(
      'forbidden',
      'Dit samenwerkingsverband is onderdeel van, of huisvest, een samenwerkingsverband buiten de uwe; alleen een account zonder die beperking kan een adres het laten volgen of er teamadres van maken',
    );
  }
}

/** Adds a plain address (no account needed); 409 when it exists, 422 when it is an account's address. */
export function createAddress(deps: AppDeps, ctx: RequestContext, input: CreateReminderAddressInput): ReminderAddress {
  const email = normalise(input.email);
  const existing = findRecipientByEmail(deps.db, email);
  refuseAccountAddress(deps.db, email, existing);
  if (existing && !existing.removedAt) throw new AppError('conflict', `Het adres ${email} bestaat al`, { extra: { id: existing.id } });
  const at = deps.clock.now().toISOString();
  const id = deps.db.transaction((tx) => {
    const r = ensureAddressRecipient(tx, email, { label: input.label, locale: input.locale }, at);
    recordAudit(tx, {
      at,
      ...actorOf(ctx),
      entityType: 'reminder_address',
      entityId: r.id,
      action: 'create',
      after: { email: r.email, label: r.label, locale: r.locale },
      requestId: ctx.requestId,
    });
    return r.id;
  });
  return getAddress(deps, ctx, id);
}

export function updateAddress(deps: AppDeps, ctx: RequestContext, id: number, input: UpdateReminderAddressInput): ReminderAddress {
  const before = loadManageableAddress(deps, ctx, id);
  const at = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    const after = updateRecipient(tx, id, { ...(input.label !== undefined ? { label: input.label } : {}), ...(input.locale ? { locale: input.locale } : {}), updatedAt: at });
    recordAudit(tx, {
      at,
      ...actorOf(ctx),
      entityType: 'reminder_address',
      entityId: id,
      action: 'update',
      before: { label: before.label, locale: before.locale },
      after: { label: after.label, locale: after.locale },
      requestId: ctx.requestId,
    });
  });
  return getAddress(deps, ctx, id);
}

/** Removes a plain address: its follows and team-address roles end, its feed URL stops working. */
export function removeAddress(deps: AppDeps, ctx: RequestContext, id: number): void {
  const r = loadManageableAddress(deps, ctx, id);
  if (r.kind === 'user') throw new AppError('conflict', 'Dit is een gebruiker; die stopt zelf met volgen');
  const at = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    deleteAllFollowsOf(tx, id);
    updateRecipient(tx, id, { removedAt: at, calendarSecret: null, updatedAt: at });
    recordAudit(tx, { at, ...actorOf(ctx), entityType: 'reminder_address', entityId: id, action: 'remove', before: { email: r.email }, requestId: ctx.requestId });
  });
}

/** Gives a recipient a new calendar secret; the old feed URL answers 404 from now on. */
export function regenerateSecret(deps: AppDeps, ctx: RequestContext, recipientId: number): RecipientRow {
  const at = deps.clock.now().toISOString();
  return deps.db.transaction((tx) => {
    const r = updateRecipient(tx, recipientId, { calendarSecret: newCalendarSecret(), updatedAt: at });
    recordAudit(tx, { at, ...actorOf(ctx), entityType: 'reminder_address', entityId: recipientId, action: 'regenerate_calendar_secret', requestId: ctx.requestId });
    return r;
  });
}

/** Regenerates the feed secret of a plain address (admins/legal). */
export function regenerateAddressSecret(deps: AppDeps, ctx: RequestContext, id: number): ReminderAddress {
  loadManageableAddress(deps, ctx, id);
  regenerateSecret(deps, ctx, id);
  return getAddress(deps, ctx, id);
}
