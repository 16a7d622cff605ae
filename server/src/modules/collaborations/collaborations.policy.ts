import { definePolicy } from '../../http/authorize.ts';

/** Who may see collaborations and the overview. */
export const collaborationPolicy = definePolicy('collaboration', {
  read: ['admin', 'legal', 'manager', 'viewer'],
});
