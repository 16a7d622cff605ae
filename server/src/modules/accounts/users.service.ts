import type { CreateUserInput, OwnerAccount, UpdateUserInput, User, UserWithPassword } from '@akkoord/shared/schemas/user';
import type { AuditAction } from '@akkoord/shared/domain/audit-vocabulary';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { clearCalendarSecretOfUser } from '../reminder-addresses/recipients.repo.ts';
import { generatePassword, hashPassword } from './passwords.ts';
import { refuseCommonPassword } from './password-policy.ts';
import { forgetFailures } from './sign-in-slowdown.ts';
import { auditUser, presentUser } from './users.presenter.ts';
import {
  countOtherActiveAdmins,
  deleteSessionsOfUser,
  findUnknownCollaborationCodes,
  findUserById,
  insertUser,
  listActiveUserNames,
  listUserRows,
  updateUserRow,
  type UserChanges,
  type UserRow,
} from './users.repo.ts';

/** Every account, by e-mail. */
/**
 * The people an agreement's owner can be picked from: active accounts, name
 * and e-mail only. The e-mail is what links an owner to an account (reminders
 * go to it, in the account's language; decision 028).
 */
export function listOwnerAccounts(deps: AppDeps): OwnerAccount[] {
  return listActiveUserNames(deps.db);
}

export function listUsers(deps: AppDeps): User[] {
  return listUserRows(deps.db).map(presentUser);
}

function loadUser(deps: AppDeps, id: number): UserRow {
  const row = findUserById(deps.db, id);
  if (!row) throw new AppError('not_found', `Account ${id} bestaat niet`);
  return row;
}

/** One account. */
export function getUser(deps: AppDeps, id: number): User {
  return presentUser(loadUser(deps, id));
}

function checkScope(deps: AppDeps, scope: string[] | null | undefined): void {
  if (!scope) return;
  const unknown = findUnknownCollaborationCodes(deps.db, scope);
  if (unknown.length) {
    throw new AppError('validation_failed', 'Een of meer velden kloppen niet', {
      errors: [{ field: 'body.collaborationScope', message: `Onbekend samenwerkingsverband: ${unknown.join(', ')}` }],
    });
  }
}

/** Creates an account; without a chosen password a random one is generated and returned once. */
export async function createUser(deps: AppDeps, ctx: RequestContext, input: CreateUserInput): Promise<UserWithPassword> {
  checkScope(deps, input.collaborationScope);
  if (input.password) await refuseCommonPassword(input.password, 'body.password');
  const temporaryPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? temporaryPassword!);
  const now = deps.clock.now().toISOString();
  const id = deps.db.transaction((tx) => {
    const newId = insertUser(tx, {
      email: input.email,
      name: input.name ?? input.email.split('@')[0]!,
      passwordHash,
      role: input.role,
      collaborationScope: input.collaborationScope ?? null,
      locale: input.locale ?? 'nl',
      deputyEmail: input.deputyEmail ?? null,
      mustChangePassword: temporaryPassword !== null,
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'user', entityId: newId, action: 'create', after: auditUser(findUserById(tx, newId)!), requestId: ctx.requestId });
    return newId;
  });
  return { user: getUser(deps, id), temporaryPassword };
}

/** Refuses changes that would leave no active admin, or an admin demoting or deactivating themselves. */
function guardAdminChange(deps: AppDeps, ctx: RequestContext, row: UserRow, next: { role: string; active: boolean }): void {
  const losesAdmin = row.role === 'admin' && row.deactivatedAt === null && (next.role !== 'admin' || !next.active);
  if (!losesAdmin) return;
  if (ctx.user?.id === row.id) throw new AppError('conflict', 'U kunt uw eigen beheerdersrechten niet intrekken; laat een andere beheerder dat doen');
  if (countOtherActiveAdmins(deps.db, row.id) === 0) throw new AppError('conflict', 'Dit is de laatste actieve beheerder; maak eerst een andere beheerder aan');
}

/** Writes an account change with its audit event; `endSessions` signs the user out everywhere. */
function writeUserChange(
  deps: AppDeps,
  ctx: RequestContext,
  row: UserRow,
  action: AuditAction,
  changes: UserChanges,
  opts: { expectedVersion?: number; endSessions?: boolean; endCalendarFeed?: boolean } = {},
): User {
  const now = deps.clock.now().toISOString();
  const ok = deps.db.transaction((tx) => {
    if (!updateUserRow(tx, row.id, { ...changes, updatedAt: now }, opts.expectedVersion)) return false;
    if (opts.endSessions) deleteSessionsOfUser(tx, row.id);
    if (opts.endCalendarFeed) clearCalendarSecretOfUser(tx, row.id, now);
    recordAudit(tx, {
      at: now,
      ...actorOf(ctx),
      entityType: 'user',
      entityId: row.id,
      action,
      before: auditUser(row),
      after: auditUser(findUserById(tx, row.id)!),
      requestId: ctx.requestId,
    });
    return true;
  });
  if (!ok) {
    throw new AppError('stale_write', `U bewerkte versie ${opts.expectedVersion}; de huidige versie is ${row.version}. Laad het account opnieuw.`, {
      extra: { current: getUser(deps, row.id) },
    });
  }
  return getUser(deps, row.id);
}

/** Changes e-mail, name, role, scope, locale or deputy of an account. */
export function updateUser(deps: AppDeps, ctx: RequestContext, id: number, input: UpdateUserInput): User {
  const row = loadUser(deps, id);
  checkScope(deps, input.collaborationScope);
  guardAdminChange(deps, ctx, row, { role: input.role ?? row.role, active: row.deactivatedAt === null });
  const changes: UserChanges = {};
  for (const key of ['email', 'name', 'role', 'collaborationScope', 'locale', 'deputyEmail'] as const) {
    if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
  }
  return writeUserChange(deps, ctx, row, 'update', changes, input.version === undefined ? {} : { expectedVersion: input.version });
}

/** Gives an account a new random password (shown once), forgets its failed sign-ins and ends its sessions. */
export async function resetUserPassword(deps: AppDeps, ctx: RequestContext, id: number): Promise<UserWithPassword> {
  const row = loadUser(deps, id);
  if (ctx.user?.id === id) throw new AppError('conflict', 'Wijzig uw eigen wachtwoord via "Wachtwoord wijzigen"');
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const now = deps.clock.now().toISOString();
  const user = writeUserChange(
    deps,
    ctx,
    row,
    'reset_password',
    { passwordHash, passwordChangedAt: now, mustChangePassword: true, failedSignIns: 0, lockedUntil: null },
    { endSessions: true },
  );
  forgetFailures(deps, row.email);
  return { user, temporaryPassword };
}

/**
 * Deactivates (never deletes) an account and ends its sessions and its
 * calendar feed URL, or reactivates it (the user asks for a new feed URL).
 */
export function setUserActive(deps: AppDeps, ctx: RequestContext, id: number, active: boolean): User {
  const row = loadUser(deps, id);
  if (active === (row.deactivatedAt === null)) throw new AppError('conflict', active ? 'Dit account is al actief' : 'Dit account is al gedeactiveerd');
  guardAdminChange(deps, ctx, row, { role: row.role, active });
  const now = deps.clock.now().toISOString();
  return writeUserChange(
    deps,
    ctx,
    row,
    active ? 'reactivate' : 'deactivate',
    { deactivatedAt: active ? null : now, failedSignIns: 0, lockedUntil: null },
    { endSessions: !active, endCalendarFeed: !active },
  );
}
