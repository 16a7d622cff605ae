import { z } from 'zod';
import { oneLine } from './text.ts';
import { ROLES } from '../domain/enums.ts';
import { permissionsSchema } from './common.ts';
import { accountEmailSchema, LOCALES, passwordSchema } from './user.ts';

/** `POST /api/session`: the e-mail is compared case-insensitively; no format check leaks which accounts exist. */
export const signInSchema = z.strictObject({
  email: z.string().trim().min(1, { message: 'Vul uw e-mailadres in' }).max(320),
  password: z.string().min(1, { message: 'Vul uw wachtwoord in' }).max(1000),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const sessionUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  collaborationScope: z.array(z.string()).nullable(),
  locale: z.enum(LOCALES),
  deputyEmail: z.string().nullable(),
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** `GET /api/session`: who is signed in, the token to send as X-CSRF-Token on writes, and what they may do. */
export const sessionSchema = z.object({
  user: sessionUserSchema,
  role: z.enum(ROLES),
  csrfToken: z.string().describe('Send as the X-CSRF-Token header on every POST, PATCH, PUT and DELETE'),
  permissions: z.record(z.string(), permissionsSchema).describe('Per resource, per action: whether the role may do it'),
  expiresAt: z.string().describe('Absolute end of the session'),
  idleTimeoutMinutes: z.number().int(),
});
export type Session = z.infer<typeof sessionSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, { message: 'Vul uw huidige wachtwoord in' }).max(1000),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const updateProfileSchema = z.strictObject({
  name: oneLine(z.string().trim().min(1).max(200)).optional(),
  locale: z.enum(LOCALES).optional(),
  deputyEmail: accountEmailSchema.nullable().optional(),
});
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;
