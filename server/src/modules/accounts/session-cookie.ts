import type { CookieOptions, Request, Response } from 'express';
import type { Config } from '../../config.ts';

const isHttps = (config: Config) => config.publicUrl.startsWith('https:');

/** `__Host-` makes browsers insist on Secure, Path=/ and no Domain; only possible over https. */
export const sessionCookieName = (config: Config): string => (isHttps(config) ? '__Host-akkoord_session' : 'akkoord_session');

function cookieOptions(config: Config): CookieOptions {
  // No Max-Age: the cookie ends with the browser; the server enforces idle and absolute timeouts.
  return { httpOnly: true, sameSite: 'lax', secure: isHttps(config), path: '/' };
}

/** Sets the session cookie, replacing a clearing of a stale one earlier in the same response. */
export function setSessionCookie(res: Response, config: Config, token: string): void {
  const name = `${sessionCookieName(config)}=`;
  const earlier = res.getHeader('Set-Cookie');
  if (earlier !== undefined)
    res.setHeader(
      'Set-Cookie',
      ([] as string[]).concat(earlier as string | string[]).filter((c) => !c.startsWith(name)),
    );
  res.cookie(sessionCookieName(config), token, cookieOptions(config));
}

export function clearSessionCookie(res: Response, config: Config): void {
  res.clearCookie(sessionCookieName(config), cookieOptions(config));
}

/**
 * The session cookie's value from the Cookie header. Express 5 has no cookie
 * parser built in; one named cookie of base64url characters needs no
 * decoding, so a split is all it takes.
 */
export function readSessionCookie(req: Request, config: Config): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  const name = sessionCookieName(config);
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
