import { definePolicy } from '../../http/authorize.ts';

/** Who may read chains and impact, and who may change relations and the collaboration hierarchy. */
export const chainPolicy = definePolicy('chain', {
  read: ['admin', 'legal', 'manager', 'viewer'],
  relate: ['admin', 'legal'],
  unrelate: ['admin', 'legal'],
  setParent: ['admin', 'legal'],
});
