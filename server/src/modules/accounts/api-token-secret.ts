import { createHash, randomBytes } from 'node:crypto';

/** Every token starts with this, so secret scanners (and people) recognise one in a log or a repository. */
export const API_TOKEN_PREFIX = 'akk_';

/** A new secret: `akk_` and 256 random bits (base64url, 43 characters). */
export const newApiTokenSecret = (): string => API_TOKEN_PREFIX + randomBytes(32).toString('base64url');

/** Only secrets we could have issued are looked up. */
export const isWellFormedApiToken = (value: string): boolean => /^akk_[A-Za-z0-9_-]{43}$/.test(value);

/**
 * What is stored: SHA-256 of the secret. The secret has 256 random bits, so a
 * fast hash is enough (no password-style stretching needed: there is nothing
 * to guess), and the lookup on every request stays one index probe.
 */
export const apiTokenHashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** What may be shown of a secret: the prefix and the next 6 characters. */
export const apiTokenDisplayPrefix = (secret: string): string => secret.slice(0, API_TOKEN_PREFIX.length + 6);
