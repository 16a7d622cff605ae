import { definePolicy } from '../../http/authorize.ts';

/** The selection list: everyone reads it (legal chooses from it), only admins maintain it (decision 062). */
export const retentionRulePolicy = definePolicy('retention_rule', {
  read: ['admin', 'legal', 'manager', 'viewer'],
  create: ['admin'],
  update: ['admin'],
  delete: ['admin'],
});

/** Destruction (decision 063): admins only; approving needs a second admin, which the service checks. */
export const destructionPolicy = definePolicy('destruction', {
  read: ['admin'],
  propose: ['admin'],
  approve: ['admin'],
  reject: ['admin'],
  cancel: ['admin'],
});
