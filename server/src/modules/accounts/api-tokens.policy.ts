import { definePolicy } from '../../http/authorize.ts';

/**
 * Every account's API tokens: seeing and revoking them is for admins. Each
 * person's own tokens (`/api/me/tokens`) are `account.self`.
 */
export const apiTokenPolicy = definePolicy('api_token', {
  read: ['admin'],
  revoke: ['admin'],
});
