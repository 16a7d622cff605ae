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

/** Whom an agreement's owner can be picked from and the register filtered by: every signed-in role (names and e-mail addresses of colleagues). */
export const ownerAccountPolicy = definePolicy('owner_account', {
  read: ROLES,
});
