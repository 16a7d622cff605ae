import { z } from 'zod';
import { isoDaySchema } from '../dates/partial-date.ts';
import { oneLine } from './text.ts';

/** What a personal access token may do: only read (GET, HEAD), or also write within the account's role. */
export const API_TOKEN_ACCESS = ['read', 'write'] as const;
export type ApiTokenAccess = (typeof API_TOKEN_ACCESS)[number];

/** `POST /api/me/tokens`. */
export const createApiTokenSchema = z.strictObject({
  name: oneLine(z.string().trim().min(1, { message: 'Geef het token een naam' }).max(100, { message: 'Hoogstens 100 tekens' })).describe(
    'What the token is for, e.g. "Power BI contractenrapport"',
  ),
  expiresOn: isoDaySchema.describe('Last day the token works (Europe/Amsterdam): after today and at most one year from today'),
  access: z.enum(API_TOKEN_ACCESS, { message: 'Kies read of write' }).describe('`read`: only GET and HEAD; `write`: everything the account’s role allows'),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

/** A token as its owner and admins see it; the secret itself is never shown again. */
export const apiTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  access: z.enum(API_TOKEN_ACCESS),
  /** The first characters of the secret (`akk_` and 6 more), to tell tokens apart. */
  prefix: z.string(),
  expiresOn: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable().describe('Last request with this token (kept to the minute)'),
  revokedAt: z.string().nullable(),
  /** `active`, `expired` (past expiresOn) or `revoked`. */
  state: z.enum(['active', 'expired', 'revoked']),
  owner: z.object({ id: z.number().int(), email: z.string(), name: z.string() }),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });
export type ApiTokenList = z.infer<typeof apiTokenListSchema>;

/** `POST /api/me/tokens` answers the secret once; only its SHA-256 is kept. */
export const createdApiTokenSchema = z.object({
  id: z.number().int(),
  token: z.string().describe('Send as `Authorization: Bearer <token>`. Shown only in this answer.'),
  apiToken: apiTokenSchema,
});
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;
