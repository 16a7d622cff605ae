import { definePolicy } from '../../http/authorize.ts';

/** Who may see organisations, and who may add and correct them (decision 027). */
export const organisationPolicy = definePolicy('organisation', {
  read: ['admin', 'legal', 'manager', 'viewer'],
  create: ['admin', 'legal'],
  update: ['admin', 'legal'],
});
