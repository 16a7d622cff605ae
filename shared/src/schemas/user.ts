import { z } from 'zod';
import { oneLine } from './text.ts';
import { ROLES } from '../domain/enums.ts';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const PASSWORD_MIN_LENGTH = 12;

/** A new password: long rather than complicated (NCSC/NIST guidance); the cap keeps hashing cheap. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens` })
  .max(200, { message: 'Kies een wachtwoord van hoogstens 200 tekens' })
  .describe(
    `At least ${PASSWORD_MIN_LENGTH} characters; the server also refuses common and leaked passwords (and their core with digits or punctuation around it, or typed twice) with the field error code \`common_password\` (422)`,
  );

/** E-mail as an account name: trimmed and lower-case, so "Jan@VRT.nl" and "jan@vrt.nl" are one account. */
export const accountEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .pipe(z.email({ message: 'Geen geldig e-mailadres' }));

const nameSchema = oneLine(z.string().trim().min(1, { message: 'Naam is verplicht' }).max(200));

/** Collaboration codes a user is limited to; null = all collaborations. */
export const collaborationScopeSchema = z
  .array(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9_-]{1,20}$/, { message: 'Ongeldige code' }),
  )
  .min(1, { message: 'Kies minstens één samenwerkingsverband, of geen beperking (null)' })
  .max(50)
  .nullable()
  .describe('Collaboration codes the user is limited to; null = all');

/** An account as admins see it (never the password hash). */
export const userSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  collaborationScope: z.array(z.string()).nullable(),
  locale: z.enum(LOCALES),
  deputyEmail: z.string().nullable(),
  active: z.boolean(),
  lockedUntil: z.string().nullable().describe('No longer set (always null): repeated failures slow sign-in down instead of locking the account (decision 035)'),
  mustChangePassword: z.boolean(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** Linked to the OpenID provider (single sign-on, decision 060). */
  sso: z.boolean().optional(),
  ssoWaitingSince: z
    .string()
    .nullable()
    .optional()
    .describe('Signed in through the OpenID provider without a mapped role: no access, waiting for approval (a role in the provider) since then'),
});
export type User = z.infer<typeof userSchema>;

export const createUserSchema = z.strictObject({
  email: accountEmailSchema,
  name: nameSchema.optional().describe('Defaults to the part of the e-mail address before the @'),
  role: z.enum(ROLES),
  collaborationScope: collaborationScopeSchema.optional(),
  locale: z.enum(LOCALES).optional(),
  deputyEmail: accountEmailSchema.nullable().optional(),
  password: passwordSchema.optional().describe('Omit to have a random password generated and returned once'),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.strictObject({
  email: accountEmailSchema.optional(),
  name: nameSchema.optional(),
  role: z.enum(ROLES).optional(),
  collaborationScope: collaborationScopeSchema.optional(),
  locale: z.enum(LOCALES).optional(),
  deputyEmail: accountEmailSchema.nullable().optional(),
  version: z.number().int().positive().optional().describe('Version last read; a stale one answers 409'),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

/** A created or reset account with the generated password, shown once. */
export const userWithPasswordSchema = z.object({
  user: userSchema,
  temporaryPassword: z.string().nullable().describe('Generated password (shown once); null when the admin chose one'),
});
export type UserWithPassword = z.infer<typeof userWithPasswordSchema>;

/** An account as an agreement's owner can be picked from: name and e-mail only (`GET /api/owner-accounts`). */
export const ownerAccountSchema = z.object({ id: z.number().int(), name: z.string(), email: z.string() });
export type OwnerAccount = z.infer<typeof ownerAccountSchema>;
