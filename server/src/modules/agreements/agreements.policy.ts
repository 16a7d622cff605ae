import { definePolicy } from '../../http/authorize.ts';

/** Who may do what with agreements (enforced by every route's `access`). */
export const agreementPolicy = definePolicy('agreement', {
  read: ['admin', 'legal', 'manager', 'viewer'],
  create: ['admin', 'legal'],
  update: ['admin', 'legal'],
  archive: ['admin', 'legal'],
  restore: ['admin', 'legal'],
  /** Set or clear a legal hold, which blocks destruction (decision 063). */
  legal_hold: ['admin', 'legal'],
});
