import type { SessionState } from './api/get-session.ts';

/** What the signed-in user may do; the server enforces the same (the client only hides). */
export interface Permissions {
  canEditAgreements: boolean;
  canAcknowledgeAlerts: boolean;
  /** Add and correct organisations (decision 027). */
  canEditOrganisations: boolean;
}

export function permissionsOf(session: SessionState | undefined): Permissions {
  if (!session || session.kind === 'signed-out') return { canEditAgreements: false, canAcknowledgeAlerts: false, canEditOrganisations: false };
  if (session.kind === 'open') return { canEditAgreements: true, canAcknowledgeAlerts: true, canEditOrganisations: true };
  const granted = session.user.permissions;
  if (granted) {
    return {
      canEditAgreements: Boolean(granted.agreement?.update),
      canAcknowledgeAlerts: Boolean(granted.alert?.acknowledge),
      canEditOrganisations: Boolean(granted.organisation?.create),
    };
  }
  const role = session.user.role;
  return {
    canEditAgreements: role === 'admin' || role === 'legal',
    canAcknowledgeAlerts: role !== 'viewer',
    canEditOrganisations: role === 'admin' || role === 'legal',
  };
}

/**
 * Whether the session grants `resource.action` (e.g. `user.read`,
 * `follow.self`), as the server's permissions map says. Hiding is all the
 * client does; the server refuses anyway.
 */
export function can(session: SessionState | undefined, resource: string, action: string): boolean {
  if (!session || session.kind !== 'signed-in') return false;
  const granted = session.user.permissions;
  if (granted) return Boolean(granted[resource]?.[action]);
  // A server without a permissions map: only admins see the management screens.
  return session.user.role === 'admin';
}
