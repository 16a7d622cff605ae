import { can } from '../permissions.ts';
import { useSession } from './get-session.ts';

/** Whether the signed-in user may do `resource.action` (see `can`). */
export function useCan(resource: string, action: string): boolean {
  return can(useSession().data, resource, action);
}
