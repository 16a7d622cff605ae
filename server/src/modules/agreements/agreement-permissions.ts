import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { CurrentUser } from '../../http/context.ts';
import { withPermissions } from '../../http/permissions.ts';
import './agreements.policy.ts';

/** The agreement with what the caller may do with it: the role's policy, narrowed by its state (archived, destroyed). */
export function withAgreementPermissions(a: Agreement, user: CurrentUser | null): Agreement {
  return withPermissions(a, user, 'agreement', { update: !a.archived, archive: !a.archived, restore: a.archived && !a.destroyed, legal_hold: !a.destroyed });
}
