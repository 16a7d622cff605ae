import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random token (256 bits, base64url): session cookies and CSRF tokens. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** The stored id of a session: SHA-256 of the cookie's token. */
export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Only tokens we could have issued are looked up. */
export const isWellFormedToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);

/** Constant-time comparison of two tokens. */
export function tokensMatch(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
