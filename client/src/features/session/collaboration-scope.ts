import type { SessionState } from './api/get-session.ts';

/** The collaborations the signed-in user is limited to; null: all of them (also before sign-in or without a session API). */
export function collaborationScopeOf(session: SessionState | undefined): readonly string[] | null {
  return session?.kind === 'signed-in' ? session.user.collaborationScope : null;
}

/**
 * Whether a collaboration's page would open for this scope. A scope holds
 * exactly the collaborations it lists, not those that house them (KMT is part
 * of ZVHT, yet a KMT-only user may not open ZVHT; decision 023): the server
 * answers 404 for the others, so the client does not link to them.
 */
export function canOpenCollaboration(scope: readonly string[] | null, code: string): boolean {
  return scope === null || scope.includes(code);
}
