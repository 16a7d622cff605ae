import type { AppDeps } from '../../deps.ts';

/**
 * How sign-in attempts on one e-mail address are slowed down (decision 035): the first
 * `freeAttempts` failures in a row cost nothing extra; each later attempt waits
 * `firstDelayMs`, doubling per failure up to `maxDelayMs`, before its password is even
 * checked. A correct password still signs in after that wait, so a stranger can slow an
 * account's owner down but never lock them out. Failures are forgotten after `forgetAfterMs`
 * without one, and at a successful sign-in or an admin's reset.
 */
export const SIGN_IN_SLOWDOWN = { freeAttempts: 3, firstDelayMs: 1_000, maxDelayMs: 16_000, forgetAfterMs: 60 * 60_000, maxTracked: 10_000 };

interface Failures {
  count: number;
  lastAt: number;
}

/**
 * Per address, whether or not it has an account (the answer must not tell), kept in memory
 * per database: one process serves one database. A restart forgets, as the per-address limit does.
 */
const trackers = new WeakMap<object, Map<string, Failures>>();

function tracked(deps: AppDeps): Map<string, Failures> {
  let map = trackers.get(deps.db);
  if (!map) trackers.set(deps.db, (map = new Map()));
  return map;
}

/** The address as accounts are looked up (trimmed, lower case). */
export const slowdownKey = (email: string) => email.trim().toLowerCase();

/** How long an attempt at this many failures in a row waits, in ms. */
export function delayAfterFailures(failures: number): number {
  const over = failures - SIGN_IN_SLOWDOWN.freeAttempts;
  return over < 0 ? 0 : Math.min(SIGN_IN_SLOWDOWN.maxDelayMs, SIGN_IN_SLOWDOWN.firstDelayMs * 2 ** over);
}

/**
 * Counts an attempt on the address as a failure until {@link forgetFailures} says otherwise,
 * and waits as long as the failures before it ask. Counting first means parallel attempts wait
 * one longer than the other instead of all passing at once.
 */
export async function waitBeforeAttempt(deps: AppDeps, email: string): Promise<void> {
  const map = tracked(deps);
  const key = slowdownKey(email);
  const now = deps.clock.now().getTime();
  const previous = map.get(key);
  const failures = previous && now - previous.lastAt < SIGN_IN_SLOWDOWN.forgetAfterMs ? previous.count : 0;
  map.delete(key); // re-inserted last: the map's order is least recently failed first
  map.set(key, { count: failures + 1, lastAt: now });
  if (map.size > SIGN_IN_SLOWDOWN.maxTracked) map.delete(map.keys().next().value!);
  const delay = delayAfterFailures(failures);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
}

/** A successful sign-in or a new password: the address starts afresh. */
export function forgetFailures(deps: AppDeps, email: string): void {
  tracked(deps).delete(slowdownKey(email));
}
