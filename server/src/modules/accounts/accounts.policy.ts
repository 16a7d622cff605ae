import { ROLES } from '@akkoord/shared/domain/enums';
import { definePolicy } from '../../http/authorize.ts';

/** Managing accounts is for admins only. */
export const userPolicy = definePolicy('user', {
  read: ['admin'],
  create: ['admin'],
  update: ['admin'],
  resetPassword: ['admin'],
  deactivate: ['admin'],
});

/** What every signed-in user may do with their own account and session. */
export const accountPolicy = definePolicy('account', {
  self: ROLES,
});
