import { ROLES } from '@akkoord/shared/domain/enums';
import { createUserSchema, updateUserSchema, type CreateUserInput, type UpdateUserInput, type User } from '@akkoord/shared/schemas/user';
import { fieldErrorsOf } from '../../lib/form-errors.ts';
import type { Translate } from '../../lib/i18n/translate.ts';

export type Role = (typeof ROLES)[number];

/** What the account form holds: text as typed, the scope as ticked codes (none ticked = all collaborations). */
export interface UserFormValues {
  email: string;
  name: string;
  role: Role;
  locale: 'nl' | 'en';
  deputyEmail: string;
  scope: string[];
}

export function emptyUserForm(): UserFormValues {
  return { email: '', name: '', role: 'viewer', locale: 'nl', deputyEmail: '', scope: [] };
}

export function userFormFromUser(user: User): UserFormValues {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    deputyEmail: user.deputyEmail ?? '',
    scope: [...(user.collaborationScope ?? [])],
  };
}

/** The body of POST /api/users: blanks left out, so the server applies its defaults (name from the e-mail, all collaborations). */
export function toCreateInput(v: UserFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = { email: v.email.trim(), role: v.role, locale: v.locale };
  if (v.name.trim()) body.name = v.name.trim();
  if (v.deputyEmail.trim()) body.deputyEmail = v.deputyEmail.trim();
  if (v.scope.length) body.collaborationScope = v.scope;
  return body;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** The body of PATCH /api/users/:id: only what changed, with the version the form was filled from. */
export function toUpdateInput(user: User, v: UserFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const email = v.email.trim().toLowerCase();
  if (email !== user.email) body.email = v.email.trim();
  if (v.name.trim() !== user.name) body.name = v.name.trim();
  if (v.role !== user.role) body.role = v.role;
  if (v.locale !== user.locale) body.locale = v.locale;
  const deputy = v.deputyEmail.trim() || null;
  if (deputy?.toLowerCase() !== user.deputyEmail?.toLowerCase()) body.deputyEmail = deputy;
  if (!sameSet(v.scope, user.collaborationScope ?? [])) body.collaborationScope = v.scope.length ? v.scope : null;
  if (Object.keys(body).length) body.version = user.version;
  return body;
}

/** Field messages in the user's language, from the same schemas the server checks with. */
export function validateCreate(body: Record<string, unknown>, t: Translate): { errors: Record<string, string>; input: CreateUserInput | null } {
  const result = createUserSchema.safeParse(body);
  return { errors: fieldErrorsOf(result, t), input: result.success ? result.data : null };
}

export function validateUpdate(body: Record<string, unknown>, t: Translate): { errors: Record<string, string>; input: UpdateUserInput | null } {
  const result = updateUserSchema.safeParse(body);
  return { errors: fieldErrorsOf(result, t), input: result.success ? result.data : null };
}
