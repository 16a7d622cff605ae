import { permissionsOf, type Permissions } from '../permissions.ts';
import { useSession } from './get-session.ts';

/** The current user's permissions (see permissions.ts). */
export function usePermissions(): Permissions {
  return permissionsOf(useSession().data);
}
