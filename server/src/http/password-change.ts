import type { CurrentUser } from './context.ts';
import { AppError } from './errors.ts';
import type { RouteDef } from './route.ts';

/**
 * A user who signed in with a temporary password (the first admin, an account
 * an admin created without a password, or reset) must choose their own before
 * anything else: the server, not only the client, refuses every other route.
 * Which routes still answer is declared on the route definition
 * (`allowDuringPasswordChange`), so the router, the OpenAPI document and the
 * tests read the same list.
 */

export const PASSWORD_CHANGE_DETAIL =
  'U bent aangemeld met een tijdelijk wachtwoord. Kies eerst een eigen wachtwoord via "Mijn account" (POST /api/session/password); daarna kunt u verder.';

/** True when the route answers a user who must still change their password: public routes and the way out of that state. */
export function answersDuringPasswordChange(def: Pick<RouteDef, 'access' | 'allowDuringPasswordChange'>): boolean {
  return 'public' in def.access || def.allowDuringPasswordChange === true;
}

/** Throws 403 `password_change_required` when a signed-in user with a temporary password calls any other route. */
export function refuseUntilPasswordChanged(user: CurrentUser | null, def: Pick<RouteDef, 'access' | 'allowDuringPasswordChange'>): void {
  if (user?.mustChangePassword && !answersDuringPasswordChange(def)) throw new AppError('password_change_required', PASSWORD_CHANGE_DETAIL);
}
