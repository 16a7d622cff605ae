import { useCallback } from 'react';
import { canOpenCollaboration, collaborationScopeOf } from '../collaboration-scope.ts';
import { useSession } from './get-session.ts';

/** Whether the signed-in user may open a collaboration's page (see `canOpenCollaboration`). */
export function useCanOpenCollaboration(): (code: string) => boolean {
  const scope = collaborationScopeOf(useSession().data);
  return useCallback((code: string) => canOpenCollaboration(scope, code), [scope]);
}
