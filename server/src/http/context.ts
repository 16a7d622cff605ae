import type { Role } from '@akkoord/shared/domain/enums';
import type { AppDeps } from '../deps.ts';

/** The signed-in user as routes and services see it. */
export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** Collaboration codes the user is limited to; null = all. */
  collaborationScope: string[] | null;
  locale: 'nl' | 'en';
  /** Signed in with a temporary password: only the routes that lead out of that state answer (see password-change.ts). */
  mustChangePassword: boolean;
}

/** Who is asking and under which request id; passed to services for audit events. */
export interface RequestContext {
  requestId: string;
  user: CurrentUser | null;
  /** Who acts when no user is signed in (start-up, jobs, the command line); "systeem" by default. */
  systemActor?: string;
}

/** The actor recorded in audit events. */
export function actorOf(ctx: RequestContext): { actorId: number | null; actorLabel: string } {
  return ctx.user ? { actorId: ctx.user.id, actorLabel: ctx.user.email } : { actorId: null, actorLabel: ctx.systemActor ?? 'systeem' };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      ctx: RequestContext;
      deps: AppDeps;
    }
  }
}
