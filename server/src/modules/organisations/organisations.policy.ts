import { definePolicy } from '../../http/authorize.ts';

/** Who may see organisations. */
export const organisationPolicy = definePolicy('organisation', {
  read: ['admin', 'legal', 'manager', 'viewer'],
});
