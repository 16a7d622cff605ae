import { definePolicy } from '../../http/authorize.ts';

/** The global audit trail is for admins; an agreement's history is for whoever may read the agreement. */
export const auditPolicy = definePolicy('audit', {
  read: ['admin'],
  export: ['admin'],
});
